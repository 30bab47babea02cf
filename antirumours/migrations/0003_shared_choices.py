"""Whether residents may report rumours, whether the diagnosis is public and the course's pass
mark become choices shared by every language version of a city's strategy.

Each city's value is taken from its source-language version (the site's default language, else
the oldest version) into the city's shared record (`CityToolSettings.options`), which every
language version reads; the per-language columns go. Going back writes the shared value into
every language version.
"""

from django.db import migrations

from tools.migration_steps import shared_choices

APP, MODEL, TOOL = "antirumours", "AntiRumourStrategy", "anti-rumours"
#: The choices, with their default when a record holds none.
CHOICES = {"report_form_enabled": True, "show_diagnosis": True, "pass_mark": 70}


class Migration(migrations.Migration):
    dependencies = [
        ("antirumours", "0002_report_rejection_reason"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [
        migrations.RunPython(*shared_choices(APP, MODEL, TOOL, CHOICES)),
        migrations.RemoveField("antirumourstrategy", "report_form_enabled"),
        migrations.RemoveField("antirumourstrategy", "show_diagnosis"),
        migrations.RemoveField("antirumourstrategy", "pass_mark"),
    ]
