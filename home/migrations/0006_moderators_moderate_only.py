"""Moderators moderate; Editors edit, publish and translate.

Until now both groups had the same rights. Moderators keep what moderating residents'
submissions of every city needs (the tools framework grants it to groups holding
`tools.manage_all_city_tools`, `tools.grants`), and lose the page rights Wagtail's first
migration gave them (add, change, publish, lock), the editorial models' rights
(`icc_site.migration_grants.EDITING_GROUPS` is now Editors alone), and changing or deleting
images and documents. Wagtail's default page workflow, which Moderators approved (an approval
publishes), is approved by Editors instead.
"""

from django.db import migrations

#: Editorial models once granted to Moderators too, by app.
EDITORIAL_MODELS = {
    "practices": ["topic"],
    "checklists": ["checklist"],
    "intercultural_index": ["edition", "area", "indicator", "question"],
}
ACTIONS = ("add", "change", "delete", "view")
LIBRARY_ACTIONS = (
    "change_image",
    "delete_image",
    "add_document",
    "change_document",
    "delete_document",
    "choose_document",
)


def split(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    GroupPagePermission.objects.filter(group=moderators).delete()
    for app_label, models in EDITORIAL_MODELS.items():
        moderators.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label=app_label,
                codename__in=[f"{action}_{model}" for action in ACTIONS for model in models],
            )
        )
    GroupCollectionPermission.objects.filter(
        group=moderators, permission__codename__in=LIBRARY_ACTIONS
    ).delete()
    editors = Group.objects.filter(name="Editors").first()
    for task in GroupApprovalTask.objects.filter(name="Moderators approval", groups=moderators):
        task.groups.remove(moderators)
        if editors is not None:
            task.groups.add(editors)
        task.name = "Editors approval"
        task.save(update_fields=["name"])
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Moderators approval").update(name="Editors approval")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_alter_homepage_features"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(split, migrations.RunPython.noop)]
