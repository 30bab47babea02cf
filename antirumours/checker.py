"""The rumour checker's counts: what residents answered, summed per rumour and answer.

Nothing else is kept: no answer is stored on its own, only a counter row per rumour, answer
and month is incremented (`CheckerTally.record`).
"""

from collections import defaultdict

from django.db.models import Sum

from antirumours.choices import ANSWER_CHOICES
from antirumours.models import CheckerTally
from antirumours.models.common import of_city

__all__ = ["ANSWERS", "checker_summary", "record_answer"]

ANSWERS = dict(ANSWER_CHOICES)


def record_answer(rumour, answer):
    """Count one answer about `rumour` this month; an unknown answer raises ValueError."""
    if answer not in ANSWERS:
        raise ValueError(answer)
    CheckerTally.record(rumour, answer)


def checker_summary(city):
    """{rumour translation key: {answer: total}} over every month. One query."""
    rows = (
        of_city(CheckerTally.objects.all(), city)
        .values("rumour__translation_key", "answer")
        .annotate(total=Sum("count"))
        .order_by()
    )
    summary = defaultdict(dict)
    for row in rows:
        summary[row["rumour__translation_key"]][row["answer"]] = row["total"]
    return dict(summary)
