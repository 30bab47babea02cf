"""Whether the test asks residents their age band and how long they have lived in the city
become choices shared by every language version of a city's test.

Each city's value is taken from its source-language version (the site's default language, else
the oldest version) into the city's shared record (`CityToolSettings.options`), which every
language version reads; the per-language columns go. Going back writes the shared value into
every language version.
"""

from django.conf import settings
from django.db import migrations

APP, MODEL, TOOL = "citizenship_test", "CitizenshipTest", "citizenship-test"
#: The choices, with their default when a record holds none.
CHOICES = {'ask_age_band': False, 'ask_years_in_city': False}


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
        ("citizenship_test", "0006_customisation_name"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [
        migrations.RunPython(share, unshare),
        migrations.RemoveField("citizenshiptest", "ask_age_band"),
        migrations.RemoveField("citizenshiptest", "ask_years_in_city"),
    ]
