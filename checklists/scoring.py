"""How a checklist is scored, and in what order the follow-up actions come.

The scale: yes = 1 point, partly = 0.5, no = 0. "Not applicable" is left out: it adds nothing
to the points and nothing to the maximum. An unanswered question (a draft) is left out too.

- A section's score is its points divided by the points possible (one per applicable
  question), as a percentage; a section whose every question is not applicable has no score.
- The overall score is the points of every section divided by every point possible, so each
  applicable question weighs the same, wherever it sits (not the average of the sections).
- Follow-up actions: every "partly" and "no", weakest section first (lowest score; ties keep
  the checklist's order); within a section "no" before "partly", then in the checklist's order.

Everything here is a plain function of `Section` values and an answers mapping, with no query.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

__all__ = [
    "ANSWERS",
    "NO",
    "NOT_APPLICABLE",
    "PARTLY",
    "POINTS",
    "YES",
    "FollowUp",
    "SectionScore",
    "answer_of",
    "follow_ups",
    "in_place",
    "overall_score",
    "rounded",
    "score_text",
    "score_sections",
]

YES, PARTLY, NO, NOT_APPLICABLE = "yes", "partly", "no", "na"
#: The answers in the order they are offered.
ANSWERS = (YES, PARTLY, NO, NOT_APPLICABLE)
POINTS = {YES: 1.0, PARTLY: 0.5, NO: 0.0}


def answer_of(answers, question_id):
    """The answer to a question: answers map ids to an answer or to {"answer": ..., ...}."""
    value = answers.get(question_id)
    if isinstance(value, dict):
        value = value.get("answer")
    return value if value in ANSWERS else None


def rounded(percent):
    """A percentage as a whole number, halves rounded up (62.5 → 63), or None."""
    return None if percent is None else math.floor(percent + 0.5)


def score_text(percent):
    """A percentage rounded for reading ("63%"), or "not scored" when there is none."""
    if percent is None:
        return _("not scored")
    return _("%(percent)s%%") % {"percent": rounded(percent)}


def _percent(points, possible):
    return None if not possible else 100 * points / possible


@dataclass
class SectionScore:
    """Points of one section. `percent` is None when no question of it counts."""

    section: object
    points: float = 0.0
    possible: int = 0
    counts: dict = field(default_factory=lambda: dict.fromkeys(ANSWERS, 0))
    unanswered: int = 0

    @property
    def percent(self):
        return _percent(self.points, self.possible)


def score_sections(sections, answers):
    """A `SectionScore` per section, in the checklist's order."""
    scores = []
    for section in sections:
        score = SectionScore(section)
        for question in section.questions:
            answer = answer_of(answers, question.id)
            if answer is None:
                score.unanswered += 1
                continue
            score.counts[answer] += 1
            if answer in POINTS:
                score.points += POINTS[answer]
                score.possible += 1
        scores.append(score)
    return scores


def overall_score(section_scores):
    """The overall percentage over every applicable question, or None if none counts."""
    points = sum(score.points for score in section_scores)
    possible = sum(score.possible for score in section_scores)
    return _percent(points, possible)


def in_place(sections, answers):
    """(section, question) of every "yes": what is already in place, in the checklist's order."""
    return [
        (section, question)
        for section in sections
        for question in section.questions
        if answer_of(answers, question.id) == YES
    ]


@dataclass(frozen=True)
class FollowUp:
    """A follow-up action for a question whose answer was not a full yes."""

    section: object
    question: object
    answer: str
    section_percent: float


def follow_ups(sections, answers):
    """A `FollowUp` for every "partly" and "no", weakest section first (see module docs)."""
    ranked = sorted(
        enumerate(score_sections(sections, answers)),
        key=lambda item: (item[1].percent is None, item[1].percent or 0, item[0]),
    )
    actions = []
    for _position, score in ranked:
        pending = [
            (question, answer_of(answers, question.id)) for question in score.section.questions
        ]
        pending = [(question, answer) for question, answer in pending if answer in (NO, PARTLY)]
        # sorted() is stable: "no" comes before "partly", each in the checklist's order.
        pending.sort(key=lambda item: item[1] != NO)
        actions.extend(
            FollowUp(score.section, question, answer, score.percent) for question, answer in pending
        )
    return actions
