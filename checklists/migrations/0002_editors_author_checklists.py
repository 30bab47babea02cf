"""Editors and moderators author and translate the checklists; coordinators only fill them in."""

from django.db import migrations

from icc_site.migration_grants import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(apps, "checklists", ["checklist"])


class Migration(migrations.Migration):
    dependencies = [
        ("checklists", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
