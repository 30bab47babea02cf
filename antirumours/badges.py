"""The recognition badge: cities whose latest completed evaluation meets every threshold.

The city profile shows it through the template tag `{% anti_rumour_badge page %}` (from
`antirumours_tags`) or by calling `has_recognition(city)` / `recognition_for(city)`.
"""

from dataclasses import dataclass

from antirumours.evaluation.scoring import meets_every_threshold, overall_score, score_answers
from antirumours.models import Evaluation

__all__ = ["Recognition", "has_recognition", "recognition_for"]


@dataclass(frozen=True)
class Recognition:
    """The city's recognition: the year of the evaluation that earned it, and its score."""

    year: int
    score: int


def recognition_for(city):
    """The `Recognition` of `city` (a CityPage in any language), or None. One query.

    Only the latest completed evaluation counts: a city that falls below a threshold loses
    the badge until its next evaluation meets every one again.
    """
    latest = (
        Evaluation.objects.filter(city__translation_key=city.translation_key, completed=True)
        .only("year", "answers")
        .order_by("-year")
        .first()
    )
    if latest is None:
        return None
    scores = score_answers(latest.answers)
    if not meets_every_threshold(scores):
        return None
    return Recognition(year=latest.year, score=overall_score(scores))


def has_recognition(city):
    """Whether `city` shows the anti-rumour recognition badge on its profile."""
    return recognition_for(city) is not None
