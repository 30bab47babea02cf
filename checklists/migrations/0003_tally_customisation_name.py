"""A month's self-check tally names the city's checklist tool `customisation`, as every other
model of the tools does (issue 15, item 5). Only the names change: no row moves; the one-row-a-
month constraint is made again on the renamed column."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("checklists", "0002_editors_author_checklists"),
    ]

    operations = [
        migrations.RemoveConstraint("selfchecktally", "checklists_one_tally_a_month"),
        migrations.RenameField("selfchecktally", "tool", "customisation"),
        migrations.AddConstraint(
            "selfchecktally",
            models.UniqueConstraint(
                fields=["customisation", "month"], name="checklists_one_tally_a_month"
            ),
        ),
    ]
