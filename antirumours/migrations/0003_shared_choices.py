"""Whether residents may report rumours, whether the diagnosis is public and the course's pass
mark become choices shared by every language version of a city's strategy.

Each city's value is taken from its source-language version (the site's default language, else
the oldest version) into the city's shared record (`CityToolSettings.options`), which every
language version reads; the per-language columns go. Going back writes the shared value into
every language version.
"""

from django.conf import settings
from django.db import migrations

APP, MODEL, TOOL = "antirumours", "AntiRumourStrategy", "anti-rumours"
#: The choices, with their default when a record holds none.
CHOICES = {'report_form_enabled': True, 'show_diagnosis': True, 'pass_mark': 70}


def versions_by_record(apps):
    model = apps.get_model(APP, MODEL)
    records = apps.get_model("tools", "CityToolSettings").objects.filter(tool_slug=TOOL)
    for record in records:
        versions = list(
            model.objects.filter(shared_id=record.pk).select_related("locale").order_by("pk")
        )
        if versions:
            yield record, versions


def share(apps, schema_editor):
    for record, versions in versions_by_record(apps):
        source = next(
            (row for row in versions if row.locale.language_code == settings.LANGUAGE_CODE),
            versions[0],
        )
        chosen = {name: getattr(source, name) for name in CHOICES}
        record.options = {**(record.options or {}), **chosen}
        record.save(update_fields=["options"])


def unshare(apps, schema_editor):
    model = apps.get_model(APP, MODEL)
    for record, versions in versions_by_record(apps):
        options = record.options or {}
        values = {name: options.get(name, default) for name, default in CHOICES.items()}
        model.objects.filter(pk__in=[row.pk for row in versions]).update(**values)


class Migration(migrations.Migration):
    dependencies = [
        ("antirumours", "0002_report_rejection_reason"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [
        migrations.RunPython(share, unshare),
        migrations.RemoveField("antirumourstrategy", "report_form_enabled"),
        migrations.RemoveField("antirumourstrategy", "show_diagnosis"),
        migrations.RemoveField("antirumourstrategy", "pass_mark"),
    ]
