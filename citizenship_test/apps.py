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
        from django.db.models.signals import pre_delete

        from citizenship_test.models import CitizenshipTest, EventSession
        from citizenship_test.published import keep_periods_before_deleting

        # Deleting a language version of the test (and its tests) or a group session changes
        # what the city's reporting periods are made of: the periods closed so far are kept
        # first, so that none of them moves (`published.keep_periods`).
        for model in (CitizenshipTest, EventSession):
            pre_delete.connect(
                keep_periods_before_deleting,
                sender=model,
                dispatch_uid=f"citizenship-test-periods-{model.__name__}",
            )
