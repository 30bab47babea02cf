"""Editors and moderators maintain the Index's questionnaire (editions, areas, indicators,
questions) and translate it; coordinators only answer it in their rounds."""

from django.db import migrations

from icc_site.migration_grants import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps, "intercultural_index", ["edition", "area", "indicator", "question"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("intercultural_index", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
