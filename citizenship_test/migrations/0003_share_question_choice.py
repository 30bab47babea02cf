"""The choice and order of a city's questions become one shared setting for every language.

Taken from the source-language version's chosen questions (the site's default language, else
the oldest version); a city that chose none keeps the default short version.
"""

from django.conf import settings
from django.db import migrations


def share_question_choice(apps, schema_editor):
    CityToolSettings = apps.get_model("tools", "CityToolSettings")
    CitizenshipTest = apps.get_model("citizenship_test", "CitizenshipTest")
    ChosenQuestion = apps.get_model("citizenship_test", "ChosenQuestion")
    for record in CityToolSettings.objects.filter(tool_slug="citizenship-test"):
        versions = list(
            CitizenshipTest.objects.filter(shared_id=record.pk)
            .select_related("locale")
            .order_by("pk")
        )
        if not versions:
            continue
        source = next(
            (test for test in versions if test.locale.language_code == settings.LANGUAGE_CODE),
            versions[0],
        )
        keys = [
            row.question.translation_key.hex
            for row in ChosenQuestion.objects.filter(test_id=source.pk)
            .select_related("question")
            .order_by("sort_order", "pk")
        ]
        if keys:
            record.options = {**(record.options or {}), "questions": keys}
            record.save(update_fields=["options"])


class Migration(migrations.Migration):
    dependencies = [
        ("citizenship_test", "0002_event_sessions"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [migrations.RunPython(share_question_choice, migrations.RunPython.noop)]
