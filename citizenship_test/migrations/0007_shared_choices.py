"""Whether the test asks residents their age band and how long they have lived in the city
become choices shared by every language version of a city's test.

Each city's value is taken from its source-language version (the site's default language, else
the oldest version) into the city's shared record (`CityToolSettings.options`), which every
language version reads; the per-language columns go. Going back writes the shared value into
every language version.
"""

from django.db import migrations

from tools.migration_steps import shared_choices

APP, MODEL, TOOL = "citizenship_test", "CitizenshipTest", "citizenship-test"
#: The choices, with their default when a record holds none.
CHOICES = {"ask_age_band": False, "ask_years_in_city": False}


class Migration(migrations.Migration):
    dependencies = [
        ("citizenship_test", "0006_customisation_name"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [
        migrations.RunPython(*shared_choices(APP, MODEL, TOOL, CHOICES)),
        migrations.RemoveField("citizenshiptest", "ask_age_band"),
        migrations.RemoveField("citizenshiptest", "ask_years_in_city"),
    ]
