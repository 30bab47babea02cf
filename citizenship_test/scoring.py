"""Scoring of the Intercultural Citizenship Test: plain functions on plain data.

Rules (what the results page, the stored `Completion` rows and the aggregate views rely on):

- Every answered question gives a fraction between 0 and 1:
  - single choice (knowledge): the chosen option's points / MAX_OPTION_POINTS (the correct
    answer has all the points, a partly right one may have some);
  - scenario (action): the chosen option's points / MAX_OPTION_POINTS (graded options);
  - 1–5 scale: (answer − 1) / 4, or (5 − answer) / 4 for a reverse-scored statement.
- A component's score is the mean of its answered questions' fractions, × 100, rounded half
  up to a whole number (0–100).
- **Questions not answered** (missing, empty or not a valid option, for example after the city
  changed its test during someone's session) are left out, not counted as zero: a gap says
  nothing about the respondent. A component with no answered question has no score (None) and
  is left out of the overall score.
- The overall score is the weighted mean of the component scores that exist, with
  `COMPONENT_WEIGHTS` (Action counts double), rounded the same way; None when nothing was
  answered.
"""

import math
from dataclasses import dataclass, field

from citizenship_test.components import (
    COMPONENT_WEIGHTS,
    COMPONENTS,
    KIND_CHOICE,
    KIND_SCALE,
    KIND_SCENARIO,
    MAX_OPTION_POINTS,
)

__all__ = [
    "BANDS",
    "ScoredQuestion",
    "TestScores",
    "answer_fraction",
    "band_for",
    "component_scores",
    "overall_score",
    "score_answers",
]

#: Feedback bands: (name, lowest score of the band), from the highest.
BANDS = (("strong", 70), ("developing", 40), ("beginning", 0))


@dataclass(frozen=True)
class ScoredQuestion:
    """What scoring needs to know of a question.

    `key` identifies it in the answers; `option_points` are the points of its options in order
    (empty for a scale question); `reverse_scored` applies to scale questions only.
    """

    key: str
    component: str
    kind: str
    option_points: tuple = ()
    reverse_scored: bool = False


@dataclass(frozen=True)
class TestScores:
    """The result of one completed test: a score (0–100 or None) per component, overall."""

    __test__ = False  # not a pytest test class, despite its name

    components: dict = field(default_factory=dict)
    overall: int | None = None
    answered: int = 0
    asked: int = 0

    def as_list(self):
        """The component scores in the canonical order (for compact tokens and tables)."""
        return [self.components.get(component) for component in COMPONENTS]


def _round(value):
    """Round half up (Python's round() rounds half to even: 62.5 would become 62)."""
    return int(math.floor(value + 0.5))


def answer_fraction(question, answer):
    """The fraction (0–1) one answer earns, or None when the question counts as not answered.

    `answer` is what the form sent: the option's position ("0", "1"...) for single choice and
    scenario questions, "1" to "5" for a scale question.
    """
    if answer is None or answer == "":
        return None
    try:
        value = int(answer)
    except (TypeError, ValueError):
        return None
    if question.kind == KIND_SCALE:
        if not 1 <= value <= 5:
            return None
        return (5 - value) / 4 if question.reverse_scored else (value - 1) / 4
    if question.kind in (KIND_CHOICE, KIND_SCENARIO):
        if not 0 <= value < len(question.option_points):
            return None
        points = min(max(question.option_points[value], 0), MAX_OPTION_POINTS)
        return points / MAX_OPTION_POINTS
    return None


def component_scores(questions, answers):
    """Score per component (0–100, or None when none of its questions was answered).

    Every component of `COMPONENTS` is a key of the result, asked or not.
    """
    fractions = {component: [] for component in COMPONENTS}
    for question in questions:
        fraction = answer_fraction(question, answers.get(question.key))
        if fraction is not None and question.component in fractions:
            fractions[question.component].append(fraction)
    return {
        component: (_round(100 * sum(values) / len(values)) if values else None)
        for component, values in fractions.items()
    }


def overall_score(scores, weights=COMPONENT_WEIGHTS):
    """Weighted mean of the component scores that exist (Action counts double), or None."""
    total = weight_sum = 0
    for component, score in scores.items():
        if score is None:
            continue
        weight = weights.get(component, 1)
        total += weight * score
        weight_sum += weight
    if not weight_sum:
        return None
    return _round(total / weight_sum)


def score_answers(questions, answers):
    """Score a set of answers (`{question key: answer}`) to `questions` (ScoredQuestion)."""
    questions = list(questions)
    scores = component_scores(questions, answers)
    answered = sum(
        1
        for question in questions
        if answer_fraction(question, answers.get(question.key)) is not None
    )
    return TestScores(
        components=scores,
        overall=overall_score(scores),
        answered=answered,
        asked=len(questions),
    )


def band_for(score):
    """The feedback band of a score: "beginning" (0–39), "developing" (40–69), "strong"
    (70–100); None for no score."""
    if score is None:
        return None
    for name, lowest in BANDS:
        if score >= lowest:
            return name
    return BANDS[-1][0]
