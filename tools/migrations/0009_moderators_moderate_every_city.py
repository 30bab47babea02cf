"""Moderators moderate every city; they no longer manage every city's tools.

The Moderators group loses `tools.manage_all_city_tools` for `tools.moderate_all_cities`: its
members still see every city, to moderate what residents send, but `tools.grants` (run after
every migrate) now gives them the permissions of the moderation queues only and takes back the
other tool permissions it gave them. A customisation or rumour card is theirs to open only while
it waits in its city's review for their group (Wagtail's group approval task).

They also lose what Wagtail's and wagtail-localize's own migrations gave them and
home.0006_moderators_moderate_only meant to take back, which could run after it: translating,
and changing or deleting documents and images.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LIBRARY_ACTIONS = (
    "change_image",
    "delete_image",
    "add_document",
    "change_document",
    "delete_document",
    "choose_document",
)


def moderate_only(apps, schema_editor):
    tools_config = apps.get_app_config("tools")
    tools_config.models_module = True
    create_permissions(tools_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    tools_permissions = Permission.objects.filter(content_type__app_label="tools")
    moderators.permissions.remove(*tools_permissions.filter(codename="manage_all_city_tools"))
    moderators.permissions.add(*tools_permissions.filter(codename="moderate_all_cities"))
    moderators.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        ),
        *Permission.objects.filter(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"],
            codename__in=LIBRARY_ACTIONS,
        ),
    )
    GroupCollectionPermission.objects.filter(
        group=moderators, permission__codename__in=LIBRARY_ACTIONS
    ).delete()


def manage_again(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    tools_permissions = Permission.objects.filter(content_type__app_label="tools")
    moderators.permissions.remove(*tools_permissions.filter(codename="moderate_all_cities"))
    moderators.permissions.add(*tools_permissions.filter(codename="manage_all_city_tools"))


class Migration(migrations.Migration):
    dependencies = [
        ("tools", "0008_reporting_periods"),
        ("home", "0006_moderators_moderate_only"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="citycoordinators",
            options={
                "permissions": [
                    ("manage_all_city_tools", "Can manage the tools and results of every city"),
                    (
                        "moderate_all_cities",
                        "Can moderate what the residents of every city send",
                    ),
                ],
                "verbose_name": "city coordinators",
                "verbose_name_plural": "city coordinators",
            },
        ),
        migrations.RunPython(moderate_only, manage_again),
    ]
