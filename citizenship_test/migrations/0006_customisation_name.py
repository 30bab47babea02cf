"""A group session and a chosen question name the city's test `customisation`, as every other
model of the tools does (issue 15, item 5). Only the names change: no row moves."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("citizenship_test", "0005_answer_counts_by_option"),
    ]

    operations = [
        migrations.RenameField("eventsession", "test", "customisation"),
        migrations.RenameField("chosenquestion", "test", "customisation"),
    ]
