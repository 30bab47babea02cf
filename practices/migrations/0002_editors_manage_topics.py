"""Editors (and moderators) manage the practice topics, as the README says."""

from django.db import migrations

from icc_site.migration_grants import grant_model_permissions, revoke_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(apps, "practices", ["topic"])


def revoke(apps, schema_editor):
    revoke_model_permissions(apps, "practices", ["topic"])


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
