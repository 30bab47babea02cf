"""Editors and moderators maintain the Index's questionnaire (editions, areas, indicators,
questions) and translate it; coordinators only answer it in their rounds."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]
ACTIONS = ["add", "change", "delete", "view"]
MODELS = ["edition", "area", "indicator", "question"]


def grant(apps, schema_editor):
    # Permission rows are normally created after all migrations; create this app's now.
    config = apps.get_app_config("intercultural_index")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="intercultural_index",
        codename__in=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("intercultural_index", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
