from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save, pre_delete, pre_save
from django.utils.translation import gettext_lazy as _


class ToolsConfig(AppConfig):
    """The framework every participatory tool plugs into."""

    name = "tools"
    label = "tools"
    verbose_name = _("Tools")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules use models, which exist only once the apps are loaded.
        from icc_site.page_cache import expire_on_change
        from tools.downloads import neutralise_spreadsheet_exports
        from tools.grants import grant_after_migrate, grant_to_new_coordinators
        from tools.models import CityCoordinators, CityTool, CityToolSettings
        from tools.registry import models_shown_on_cached_screens, period_keepers
        from tools.resident_text import strip_control_characters_before_save

        # Public screens keep each city's tool until the next editorial change
        # (tools.lookup): the shared settings are not a snippet, and a customisation saved
        # as the base model is not one of the tools' snippet models; nor are the other models
        # whose rows a tool's cached screens show, which each tool names (`expire_cache_on`).
        expire_on_change(CityToolSettings, CityTool, *models_shown_on_cached_screens())
        # Coordinator rights come from what the tools declare, granted here only: when a city
        # gets its coordinator group, and after every migrate (a tool app installed later must
        # reach the existing groups; its permissions exist only after its migrations ran).
        post_save.connect(
            grant_to_new_coordinators,
            sender=CityCoordinators,
            dispatch_uid="tools_grant_new_coordinators",
        )
        post_migrate.connect(grant_after_migrate, dispatch_uid="tools_grant_coordinator_perms")
        # Residents' text is saved without control characters; every spreadsheet export, the
        # admin listings' included, is safe from formulas (tools.downloads).
        pre_save.connect(
            strip_control_characters_before_save, dispatch_uid="tools_strip_control_characters"
        )
        neutralise_spreadsheet_exports()
        # Deleting what residents' published counts are made of (a language version, a group
        # session) first keeps the reporting periods shown so far, so that none moves: each
        # tool names the models and its handler (`keep_periods_before_deleting`).
        for model, handler in period_keepers():
            pre_delete.connect(
                handler,
                sender=model,
                dispatch_uid=f"tools-keep-periods-{model._meta.label}-{handler.__module__}",
            )
