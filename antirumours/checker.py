"""The rumour checker's counts: what residents answered, summed per rumour and answer.

Nothing else is kept: no answer is stored on its own, only a counter row per rumour, answer
and month is incremented (`CheckerTally.record`). The counts are shown by closed reporting
period only (`tools.disclosure`), to residents and coordinators alike.
"""

from collections import defaultdict

from django.db.models import Sum
from django.utils import timezone

from antirumours.choices import ANSWER_CHOICES
from antirumours.models import CheckerTally
from antirumours.models.common import of_city
from tools.disclosure import closed_block_rows

__all__ = [
    "ANSWERS",
    "SERIES",
    "checker_periods",
    "checker_summary",
    "keep_periods",
    "keep_periods_before_deleting",
    "record_answer",
]

ANSWERS = dict(ANSWER_CHOICES)

#: The series of a rumour's periods (`tools.models.ReportingPeriod.scope` "<this>:<the
#: rumour's translation key>"): its translations' counts add up in each month.
SERIES = "antirumours.checker"


def record_answer(rumour, answer):
    """Count one answer about `rumour` this month; an unknown answer raises ValueError."""
    if answer not in ANSWERS:
        raise ValueError(answer)
    CheckerTally.record(rumour, answer)


def _closed_rows(city, keep=False):
    """The checker's counts of `city` per rumour, month and answer, in each rumour's closed
    reporting periods only (`tools.disclosure`): [(rumour key, Block, [row])]; with `keep`,
    the periods closed so far are kept. Two queries."""
    rows = list(
        of_city(CheckerTally.objects.all(), city)
        .values("rumour__translation_key", "month", "answer")
        .annotate(total=Sum("count"))
        .order_by()
    )
    return closed_block_rows(
        rows,
        timezone.localdate(),
        group=lambda row: row["rumour__translation_key"],
        count="total",
        series=SERIES,
        keep=keep,
    )


def keep_periods(city):
    """Keep the closed periods of `city`'s rumours as they are now
    (`tools.models.ReportingPeriod`)."""
    _closed_rows(city, keep=True)


def keep_periods_before_deleting(sender, instance, **kwargs):
    """pre_delete of a `Rumour` (one translation, whose counts go with it): the months of its
    translations add up, so the periods of the city's rumours are kept first, and the ones
    shown so far never move."""
    if CheckerTally.objects.filter(rumour=instance).exists():
        keep_periods(instance.city)


def checker_summary(city):
    """{rumour translation key: {answer: total}} over the closed reporting periods: a month of
    one resident, or the counts before and after one more answer, would give that resident's
    answer away. Two queries."""
    summary = defaultdict(dict)
    for key, _block, inside in _closed_rows(city):
        for row in inside:
            answers = summary[key]
            answers[row["answer"]] = answers.get(row["answer"], 0) + row["total"]
    return dict(summary)


def checker_periods(city):
    """[(rumour translation key, Block, {answer: total})] of the closed reporting periods,
    oldest first within a rumour, for the export. Two queries."""
    found = []
    for key, block, inside in _closed_rows(city):
        answers = {}
        for row in inside:
            answers[row["answer"]] = answers.get(row["answer"], 0) + row["total"]
        found.append((key, block, answers))
    return found
