"""Group permissions granted by data migrations, the same way in every app.

A data migration that gives a site-wide group (Editors) the rights on an app's
models calls `grant_model_permissions()` from its `RunPython`, with the migration's historical
`apps`. It works from an empty database: the app's permission rows, which Django normally
creates after every migration has run, are created first. Coordinators' rights are not granted
here but by the tools framework (`tools.grants`), from what each tool declares.
"""

from django.contrib.auth.management import create_permissions

__all__ = ["EDITING_GROUPS", "MODEL_ACTIONS", "grant_model_permissions", "revoke_model_permissions"]

#: The groups that edit the network's shared content (Moderators moderate residents'
#: submissions, they do not edit: home/migrations/0006_moderators_moderate_only.py).
EDITING_GROUPS = ("Editors",)
#: Every action on a model.
MODEL_ACTIONS = ("add", "change", "delete", "view")


def _permissions(apps, app_label, models, actions):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label=app_label,
        codename__in=[f"{action}_{model}" for action in actions for model in models],
    )


def grant_model_permissions(apps, app_label, models, groups=EDITING_GROUPS, actions=MODEL_ACTIONS):
    """Give `groups` the `actions` on `models` (model names in lower case) of `app_label`."""
    # Permission rows are normally created after all migrations; create this app's now.
    config = apps.get_app_config(app_label)
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    permissions = _permissions(apps, app_label, models, actions)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=groups):
        group.permissions.add(*permissions)


def revoke_model_permissions(apps, app_label, models, groups=EDITING_GROUPS, actions=MODEL_ACTIONS):
    """Take back what `grant_model_permissions()` gave (to unapply a migration)."""
    permissions = _permissions(apps, app_label, models, actions)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=groups):
        group.permissions.remove(*permissions)
