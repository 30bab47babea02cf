"""The CSV export of a city's anonymous self-check totals, one row a reporting period.

Only what `SelfCheckTally` stores leaves the site, by closed reporting period
(`tools.disclosure`: whole months of at least `MIN_PUBLISHED_GROUP` scored self-checks, once
over), never by month, as a month of one self-check would be that resident's score: the period,
how many self-checks were completed, how many had a score, and their average. Every cell is a
period or a number, never text a visitor typed, so no cell can be read by a spreadsheet as a
formula.
"""

from django.utils import timezone

from checklists.periods import TOOL_SERIES, tool_months
from checklists.scoring import rounded
from tools.disclosure import closed_block_rows
from tools.downloads import csv_download

__all__ = ["SELF_CHECK_CSV_HEADER", "self_check_csv_response", "self_check_rows"]

#: Stable column names (not translated), like the site's other CSV exports.
SELF_CHECK_CSV_HEADER = ["period", "completed_self_checks", "scored_self_checks", "average_score"]


def self_check_rows(customisation):
    """[period "YYYY-MM/YYYY-MM", completed, scored, average score 0-100 or ""] of each closed
    reporting period, oldest first; the running one is left out.

    Every language version of the customisation keeps its own tallies; a month adds them up.
    """
    key = customisation.translation_key
    rows = []
    for _key, block, inside in closed_block_rows(
        tool_months(key),
        timezone.localdate(),
        group=lambda row: key,
        count="scored_total",
        series=TOOL_SERIES,
    ):
        scored = sum(row["scored_total"] for row in inside)
        total = sum(row["score_total"] or 0 for row in inside)
        rows.append(
            [
                f"{block.first:%Y-%m}/{block.last:%Y-%m}",
                sum(row["completed"] for row in inside),
                scored,
                rounded(total / scored) if scored else "",
            ]
        )
    return rows


def self_check_csv_response(customisation):
    """The city's self-check totals per reporting period as a UTF-8 CSV download with a
    header row."""
    filename = (
        f"{customisation.tool_slug}-{customisation.get_city_slug()}-self-checks-"
        f"{timezone.localdate().isoformat()}.csv"
    )
    return csv_download(filename, SELF_CHECK_CSV_HEADER, self_check_rows(customisation))
