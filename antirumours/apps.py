from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AntiRumoursConfig(AppConfig):
    """The anti-rumours toolkit, a tool of the tools framework."""

    name = "antirumours"
    label = "antirumours"
    verbose_name = _("Anti-rumours toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: apps.py is loaded while the app registry fills, before the models exist.
        from antirumours.models import Evaluation
        from icc_site.page_cache import expire_on_change

        # The strategy's first screen is kept until the next editorial change
        # (tools.screen_cache) and shows the recognition that a completed evaluation earns.
        expire_on_change(Evaluation)
