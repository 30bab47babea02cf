from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AntiRumoursConfig(AppConfig):
    """The anti-rumours toolkit, a tool of the tools framework."""

    name = "antirumours"
    label = "antirumours"
    verbose_name = _("Anti-rumours toolkit")
    default_auto_field = "django.db.models.BigAutoField"
