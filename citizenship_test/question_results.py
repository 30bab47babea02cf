"""How each question of a city's test did: the share of residents who chose each answer, and
who answered right, from the `AnswerCount` counters (never from one resident's answers).

A question shows figures only under the rule on published figures
(`citizenship_test.published`): answered by at least `tools.disclosure.MIN_PUBLISHED_GROUP`
residents in every part of the chosen period and group session, or by nobody. Inside a figure so
shown, an answer chosen by fewer than `aggregates.MIN_EVENT_GROUP` people (but by someone) is
shown as "fewer than ..."; and when that hides a single answer of a question, the next smallest
is hidden too, so that it cannot be worked out from the total.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _

from citizenship_test.aggregates import MIN_EVENT_GROUP
from citizenship_test.components import KIND_CHOICE, component_label
from citizenship_test.models import AnswerCount, Question
from citizenship_test.models.questionnaire import Questionnaire

__all__ = [
    "AnswerRow",
    "QuestionResult",
    "answer_counts_for",
    "export_header",
    "export_rows",
    "question_results",
]


@dataclass
class AnswerRow:
    """One answer of a question: its text, how many chose it and their share (None: hidden)."""

    label: str
    count: int | None
    share: int | None
    correct: bool = False

    @property
    def hidden(self):
        return self.count is None


@dataclass
class QuestionResult:
    """A question's figures; `total` is None when too few answered it to show anything."""

    key: str
    code: str
    prompt: str
    component: str
    kind: str
    total: int | None
    answers: list = field(default_factory=list)
    right_share: int | None = None

    @property
    def component_label(self):
        return component_label(self.component)

    @property
    def is_knowledge(self):
        return self.kind == KIND_CHOICE


def answer_counts_for(customisation):
    """The counters of a city's test in every language."""
    return AnswerCount.objects.filter(
        customisation__city__translation_key=customisation.city.translation_key
    )


def _share(part, whole):
    return int(100 * part / whole + 0.5) if whole else None


def _suppress(counts, min_group):
    """The positions of `counts` to hide: the small ones, and one more when a single one is."""
    hidden = {index for index, count in enumerate(counts) if 0 < count < min_group}
    if len(hidden) == 1:
        others = [
            (count, index) for index, count in enumerate(counts) if count and index not in hidden
        ]
        if others:
            hidden.add(min(others)[1])
    return hidden


def _questions(customisation, keys, language):
    """{key: Question} in the admin's language when translated, else the test's, else any."""
    preferred = [language, customisation.locale.language_code, settings.LANGUAGE_CODE]
    found = {}
    rows = (
        Question.objects.available_to_city(customisation.city)
        .filter(translation_key__in=keys)
        .select_related("locale")
    )
    for question in rows:
        key = question.translation_key.hex
        code = question.locale.language_code
        rank = preferred.index(code) if code in preferred else len(preferred)
        if key not in found or rank < found[key][0]:
            found[key] = (rank, question)
    return {key: question for key, (_rank, question) in found.items()}


def _order(customisation, keys):
    """The keys in the test's current order, then those of questions it no longer asks."""
    asked = Questionnaire(customisation, customisation.locale.language_code).questions
    current = [question.key for question in asked]
    first = [key for key in current if key in keys]
    return first + sorted(key for key in keys if key not in first)


def question_results(customisation, counts, language, withheld=(), min_group=MIN_EVENT_GROUP):
    """[QuestionResult] of the counters `counts` (already narrowed to the city and filters),
    in the test's order; the questions whose keys are in `withheld` show no figures (too few
    answered them in some part of the figure, `published.ResultsScope.withheld_questions`).
    A fixed number of queries, whatever the number of residents."""
    totals = {}
    for key, answer, number in (
        counts.order_by()
        .values("question_key", "answer")
        .annotate(number=Sum("count"))
        .values_list("question_key", "answer", "number")
    ):
        totals.setdefault(key, {})[answer] = number
    questions = _questions(customisation, list(totals), language)
    results = []
    for key in _order(customisation, [key for key in totals if key in questions]):
        results.append(_result(key, questions[key], totals[key], min_group, key in withheld))
    return results


def _result(key, question, chosen, min_group, withheld=False):
    # Counters are kept under each option's id, so a reordered question shows each count under
    # its own option.
    choices = question.counted_choices()
    points = question.option_points()
    correct = set()
    if question.kind == KIND_CHOICE:
        best = max(points)
        pairs = zip(choices, points, strict=True)
        correct = {key for (key, _label), value in pairs if value == best}
    counts = [chosen.get(value, 0) for value, _label in choices]
    total = sum(counts)
    result = QuestionResult(
        key=key,
        code=question.code,
        prompt=question.prompt,
        component=question.component,
        kind=question.kind,
        total=None if withheld or total < min_group else total,
    )
    if result.total is None:
        return result
    hidden = _suppress(counts, min_group)
    for index, ((value, label), count) in enumerate(zip(choices, counts, strict=True)):
        shown = index not in hidden
        result.answers.append(
            AnswerRow(
                label=str(label),
                count=count if shown else None,
                share=_share(count, total) if shown else None,
                correct=value in correct,
            )
        )
    if correct and not any(row.hidden for row in result.answers if row.correct):
        right = sum(row.count for row in result.answers if row.correct)
        result.right_share = _share(right, total)
    return result


def export_header():
    return [
        "question_code",
        "question",
        "component",
        "answers",
        "answer",
        "correct",
        "count",
        "share_percent",
        "right_percent",
    ]


def export_rows(results, min_group=MIN_EVENT_GROUP):
    """The rows of the per-question export: what the screen shows, a question without
    figures marked "not shown", hidden cells blank and marked as groups under `min_group`."""
    fewer = _("fewer than %(minimum)s") % {"minimum": min_group}
    for result in results:
        base = [result.code or result.key, result.prompt, result.component]
        if result.total is None:
            yield [*base, _("not shown"), "", "", "", "", ""]
            continue
        right = "" if result.right_share is None else result.right_share
        for row in result.answers:
            yield [
                *base,
                result.total,
                row.label,
                "yes" if row.correct else "",
                fewer if row.hidden else row.count,
                "" if row.share is None else row.share,
                right,
            ]
