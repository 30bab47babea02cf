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
        from django.db.models.signals import pre_delete

        from checklists.periods import keep_periods_before_deleting
        from tools.models import CityTool

        # Deleting a language version deletes its counts, which share their months with the
        # other versions': the reporting periods closed so far are kept first, so none moves.
        pre_delete.connect(
            keep_periods_before_deleting,
            sender=CityTool,
            dispatch_uid="checklists-self-check-periods",
        )
