from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizenshipTestConfig(AppConfig):
    """The Intercultural Citizenship Test, a tool of the tools framework (`tools/`)."""

    name = "citizenship_test"
    label = "citizenship_test"
    verbose_name = _("Intercultural Citizenship Test")
    default_auto_field = "django.db.models.BigAutoField"
