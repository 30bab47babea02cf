from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The site-wide layer: settings, URLs, base templates and static files."""

    name = "icc_site"
    label = "icc_site"
    verbose_name = "Intercultural Cities site"

    def ready(self):
        # Imported here: apps.py is loaded while the app registry fills, before the models exist.
        from icc_site.api import use_request_host_in_api_urls
        from icc_site.page_cache import connect_invalidation_signals

        connect_invalidation_signals()
        use_request_host_in_api_urls()
