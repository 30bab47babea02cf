"""The CSV export of a city's anonymous self-check totals, one row a month.

Only what `SelfCheckTally` stores leaves the site: the month, how many self-checks were
completed, how many had a score, and their average. Every cell is a month or a number, never
text a visitor typed, so no cell can be read by a spreadsheet as a formula.
"""

from django.db.models import Sum
from django.utils import timezone

from checklists.models import SelfCheckTally
from checklists.scoring import rounded
from tools.downloads import csv_download

__all__ = ["SELF_CHECK_CSV_HEADER", "self_check_csv_response", "self_check_rows"]

#: Stable column names (not translated), like the site's other CSV exports.
SELF_CHECK_CSV_HEADER = ["month", "completed_self_checks", "scored_self_checks", "average_score"]


def self_check_rows(customisation):
    """[month "YYYY-MM", completed, scored, average score 0-100 or ""], oldest month first.

    Every language version of the customisation keeps its own tallies; a month adds them up.
    """
    months = (
        SelfCheckTally.objects.filter(customisation__translation_key=customisation.translation_key)
        .values("month")
        .annotate(
            completed=Sum("completions"), scored_total=Sum("scored"), score_total=Sum("score_sum")
        )
        .order_by("month")
    )
    return [
        [
            f"{row['month']:%Y-%m}",
            row["completed"],
            row["scored_total"],
            rounded(row["score_total"] / row["scored_total"]) if row["scored_total"] else "",
        ]
        for row in months
    ]


def self_check_csv_response(customisation):
    """The city's monthly self-check totals as a UTF-8 CSV download with a header row."""
    filename = (
        f"{customisation.tool_slug}-{customisation.get_city_slug()}-self-checks-"
        f"{timezone.localdate().isoformat()}.csv"
    )
    return csv_download(filename, SELF_CHECK_CSV_HEADER, self_check_rows(customisation))
