from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ToolsConfig(AppConfig):
    """The framework every participatory tool plugs into."""

    name = "tools"
    label = "tools"
    verbose_name = _("Tools")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from tools.permissions import grant_tool_permissions_after_migrate

        # A tool app installed later must reach the existing coordinator groups without a
        # manual step: its permissions exist only after its migrations ran.
        post_migrate.connect(
            grant_tool_permissions_after_migrate, dispatch_uid="tools_grant_coordinator_perms"
        )
