from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class AntiRumoursConfig(AppConfig):
    """The anti-rumours toolkit, a tool of the tools framework."""

    name = "antirumours"
    label = "antirumours"
    verbose_name = _("Anti-rumours toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from antirumours.permissions import (
            grant_after_migrate,
            grant_to_new_coordinators,
        )
        from tools.models import CityCoordinators

        # The framework grants coordinators the tool model only; the rumours, reports,
        # network and campaigns are models of this app, granted here whenever a city gets
        # a coordinator group and after this app's migrations.
        post_save.connect(
            grant_to_new_coordinators,
            sender=CityCoordinators,
            dispatch_uid="antirumours_grant_new_coordinators",
        )
        post_migrate.connect(
            grant_after_migrate, sender=self, dispatch_uid="antirumours_grant_after_migrate"
        )
