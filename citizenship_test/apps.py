from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizenshipTestConfig(AppConfig):
    """The Intercultural Citizenship Test, a tool of the tools framework (`tools/`)."""

    name = "citizenship_test"
    label = "citizenship_test"
    verbose_name = _("Intercultural Citizenship Test")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: apps.py is loaded while the app registry fills, before the models exist.
        from citizenship_test.models import ChosenQuestion
        from icc_site.page_cache import expire_on_change

        # The wizard keeps each questionnaire until the next editorial change
        # (views.common.questionnaire_for); a city's rewordings are rows of their own.
        expire_on_change(ChosenQuestion)
