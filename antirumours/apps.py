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
        from django.db.models.signals import pre_delete

        from antirumours.checker import keep_periods_before_deleting
        from antirumours.models import Rumour

        # Deleting a language version deletes its counts, which share their months with the
        # other versions': the reporting periods closed so far are kept first, so none moves.
        pre_delete.connect(
            keep_periods_before_deleting, sender=Rumour, dispatch_uid="antirumours-checker-periods"
        )
