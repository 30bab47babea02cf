"""The Editors group publishes pages, as the README says.

Wagtail's own first migration lets Editors add and change pages but keeps Publish for
Moderators. On this site editors publish the network's content and approve the cities' proposals
(whose review ends by publishing), so the group gets Publish on the whole page tree.
"""

from django.db import migrations


def page_permission(apps, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    permission, _ = Permission.objects.get_or_create(
        content_type=page_type, codename=codename, defaults={"name": "Can publish any page"}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    editors = Group.objects.filter(name="Editors").first()
    if root is None or editors is None:
        return
    GroupPagePermission.objects.get_or_create(
        group=editors, page=root, permission=page_permission(apps, "publish_page")
    )


def revoke(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name="Editors", page__depth=1, permission__codename="publish_page"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_homepage_featured_practices_homepage_features"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
