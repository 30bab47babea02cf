from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecklistsConfig(AppConfig):
    """Checklists and the two tools built on them."""

    name = "checklists"
    label = "checklists"
    verbose_name = _("Checklists")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: apps.py is loaded while the app registry fills, before the models exist.
        from checklists.models import Assessment
        from icc_site.page_cache import expire_on_change

        # The self-check's first page, kept until the next editorial change
        # (tools.screen_cache), links to the city's published assessments when it has any.
        expire_on_change(Assessment)
