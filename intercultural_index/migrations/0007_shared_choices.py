"""Whether a city publishes its Index results becomes a choice shared by every language version
of its customisation.

Each city's value is taken from its source-language version (the site's default language, else
the oldest version) into the city's shared record (`CityToolSettings.options`), which every
language version reads; the per-language columns go. Going back writes the shared value into
every language version.
"""

from django.db import migrations

from tools.migration_steps import shared_choices

APP, MODEL, TOOL = "intercultural_index", "InterculturalIndex", "intercultural-index"
#: The choices, with their default when a record holds none.
CHOICES = {"publish_results": False}


class Migration(migrations.Migration):
    dependencies = [
        ("intercultural_index", "0006_pendingnote_page_key"),
        ("tools", "0004_shared_settings"),
    ]

    operations = [
        migrations.RunPython(*shared_choices(APP, MODEL, TOOL, CHOICES)),
        migrations.RemoveField("interculturalindex", "publish_results"),
    ]
