"""Scoring an evaluation: a score per element, recommendations, recognition, trend.

Plain functions on plain data (the `answers` dict of an `Evaluation`), so tests can call them
on known answers.
"""

from dataclasses import dataclass

from antirumours.evaluation.criteria import ELEMENTS, MAX_LEVEL

__all__ = [
    "ElementScore",
    "Recommendation",
    "meets_every_threshold",
    "overall_score",
    "recommendations",
    "score_answers",
    "trend",
]


@dataclass(frozen=True)
class ElementScore:
    """The score (0-100) of one element and whether it reaches the element's threshold."""

    element: object
    score: int
    levels: tuple  # (criterion, level) pairs

    @property
    def meets_threshold(self):
        return self.score >= self.element.threshold


@dataclass(frozen=True)
class Recommendation:
    element: object
    criterion: object
    level: int


def _level(answers, code):
    """A criterion's level; unanswered or invalid counts as 0 (not in place)."""
    try:
        level = int(answers.get(code, 0))
    except (TypeError, ValueError):
        return 0
    return min(max(level, 0), MAX_LEVEL)


def score_answers(answers):
    """One `ElementScore` per element, in the guide's order.

    An element's score is the share of the highest possible levels its criteria reach:
    levels 2 and 2 on two criteria give 4 of 6, that is 67.
    """
    answers = answers or {}
    scores = []
    for element in ELEMENTS:
        levels = tuple((item, _level(answers, item.code)) for item in element.criteria)
        reached = sum(level for _item, level in levels)
        possible = MAX_LEVEL * len(levels)
        scores.append(ElementScore(element, round(100 * reached / possible), levels))
    return scores


def overall_score(scores):
    """The mean of the element scores, rounded."""
    return round(sum(score.score for score in scores) / len(scores)) if scores else 0


def meets_every_threshold(scores):
    """Whether every element reaches its threshold: the condition of the recognition."""
    return bool(scores) and all(score.meets_threshold for score in scores)


def recommendations(scores):
    """What to do next, for the weakest elements.

    The weakest are the elements below their threshold, lowest first. When every element
    reaches it, the lowest-scoring element not yet at 100 is the one to strengthen. For each
    of them, every criterion below the top level gets its recommendation, lowest level first.
    """
    weakest = sorted((s for s in scores if not s.meets_threshold), key=lambda s: s.score)
    if not weakest:
        improvable = [s for s in scores if s.score < 100]
        weakest = sorted(improvable, key=lambda s: s.score)[:1]
    advice = []
    for score in weakest:
        pending = sorted(
            (pair for pair in score.levels if pair[1] < MAX_LEVEL), key=lambda pair: pair[1]
        )
        advice.extend(Recommendation(score.element, item, level) for item, level in pending)
    return advice


def trend(evaluations):
    """(years, {element code: [score per year]}, [overall per year]) of completed evaluations,
    oldest first."""
    ordered = sorted((e for e in evaluations if e.completed), key=lambda e: e.year)
    years = [e.year for e in ordered]
    per_element = {element.code: [] for element in ELEMENTS}
    overall = []
    for evaluation in ordered:
        scores = score_answers(evaluation.answers)
        for score in scores:
            per_element[score.element.code].append(score.score)
        overall.append(overall_score(scores))
    return years, per_element, overall
