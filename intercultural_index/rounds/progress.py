"""Progress of a round, area by area: questions answered (or marked not applicable) / total.

Two queries for a whole round, whatever the number of areas and answers.
"""

from dataclasses import dataclass

from django.db.models import Count

from intercultural_index.models import Answer
from intercultural_index.rounds import kinds

__all__ = ["AreaProgress", "area_progress", "round_progress"]


@dataclass(frozen=True)
class AreaProgress:
    answered: int
    total: int

    @property
    def complete(self):
        return self.total > 0 and self.answered >= self.total

    @property
    def percent(self):
        return round(100 * self.answered / self.total) if self.total else 0


def round_progress(index_round, areas=None):
    """{area id: AreaProgress} for every area of the round's edition (or of `areas`)."""
    questions = kinds.questions_of_edition(index_round.edition)
    if areas is not None:
        questions = questions.filter(**{f"{kinds.AREA_PATH}__in": areas})
    totals = dict(
        questions.values_list(kinds.AREA_PATH)
        .annotate(n=Count("pk"))
        .values_list(kinds.AREA_PATH, "n")
    )
    answered = dict(
        Answer.objects.filter(round=index_round, question__in=questions)
        .filter(kinds.answered_q())
        .values_list(f"question__{kinds.AREA_PATH}")
        .annotate(n=Count("pk"))
        .values_list(f"question__{kinds.AREA_PATH}", "n")
    )
    return {area: AreaProgress(answered.get(area, 0), total) for area, total in totals.items()}


def area_progress(index_round, area):
    return round_progress(index_round, [area]).get(area.pk, AreaProgress(0, 0))
