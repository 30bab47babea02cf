"""The checklist a city chose for each checklist tool becomes a choice shared by every language
version, kept by the checklist's translation key in the city's shared record
(`CityToolSettings.options`): each language version uses that checklist's translation.

Taken from the source-language version (the site's default language, else the oldest version).
Going back points every language version to the chosen checklist in its own language (else
in any language).
"""

from django.conf import settings
from django.db import migrations

TOOLS = {"CouncilChecklistTool": "council-checklist", "ProjectChecklistTool": "project-checklist"}


def versions_by_record(apps, model_name):
    model = apps.get_model("checklists", model_name)
    records = apps.get_model("tools", "CityToolSettings").objects.filter(
        tool_slug=TOOLS[model_name]
    )
    for record in records:
        versions = list(
            model.objects.filter(shared_id=record.pk)
            .select_related("locale", "checklist")
            .order_by("pk")
        )
        if versions:
            yield record, versions


def share(apps, schema_editor):
    for model_name in TOOLS:
        for record, versions in versions_by_record(apps, model_name):
            source = next(
                (row for row in versions if row.locale.language_code == settings.LANGUAGE_CODE),
                versions[0],
            )
            chosen = str(source.checklist.translation_key) if source.checklist_id else None
            record.options = {**(record.options or {}), "checklist": chosen}
            record.save(update_fields=["options"])


def unshare(apps, schema_editor):
    checklists = apps.get_model("checklists", "Checklist").objects.all()
    for model_name in TOOLS:
        for record, versions in versions_by_record(apps, model_name):
            key = (record.options or {}).get("checklist")
            candidates = list(checklists.filter(translation_key=key)) if key else []
            for row in versions:
                own = [item for item in candidates if item.locale_id == row.locale_id]
                row.checklist = (own or candidates or [None])[0]
                row.save(update_fields=["checklist"])


class Migration(migrations.Migration):
    dependencies = [
        ("checklists", "0003_tally_customisation_name"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [
        migrations.RunPython(share, unshare),
        migrations.RemoveField("councilchecklisttool", "checklist"),
        migrations.RemoveField("projectchecklisttool", "checklist"),
    ]
