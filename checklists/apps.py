from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecklistsConfig(AppConfig):
    """Checklists and the two tools built on them."""

    name = "checklists"
    label = "checklists"
    verbose_name = _("Checklists")
    default_auto_field = "django.db.models.BigAutoField"
