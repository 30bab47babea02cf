"""Scores of the Index, from 0 to 100: per indicator, per area and overall.

Pure functions over plain values (`Structure`, `Given`), so the rules are tested on known
answers without a database; `score_round(round)` and `score_rounds(rounds)` load those values
for saved rounds (a fixed number of queries, however many rounds).

The rules:
- a question earns 0 to 100: yes 100, partly 50, no 0; a number, its share of the target
  (full points at or above it); multiple choice, the chosen option's points (several chosen:
  their sum, at most 100). An unanswered question earns 0: nothing said, nothing counted;
- "not applicable" (where the question allows it) leaves the question out of the weights;
- an indicator is the weighted mean of its questions; an area, of its indicators; the overall
  score, of the core areas. An indicator or area whose every question is not applicable has no
  score and is left out of the weights above it;
- optional areas (Participation, Interaction) are scored apart, only when the round answered at
  least one of their questions, and never enter the overall score that is compared;
- rounds on different editions are compared on their shared indicators: an indicator of a later
  edition names the indicator it continues (`same_as`); both carry the same `lineage`, the id
  of the first indicator of the chain. `comparable` recomputes areas and overall on a set of
  lineages only.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from intercultural_index.models import Answer, Indicator, Question

__all__ = [
    "AreaSpec",
    "Given",
    "IndicatorSpec",
    "QuestionSpec",
    "RoundScores",
    "Structure",
    "comparable",
    "question_score",
    "score_answers",
    "score_round",
    "score_rounds",
    "shared_lineages",
]

YES_PARTLY_NO_POINTS = {"yes": 100.0, "partly": 50.0, "no": 0.0}


@dataclass(frozen=True)
class QuestionSpec:
    id: int
    kind: str = "yes_partly_no"
    weight: int = 1
    allows_not_applicable: bool = False
    option_points: tuple = ()
    several_allowed: bool = False
    target: float | None = None


@dataclass(frozen=True)
class IndicatorSpec:
    id: int
    questions: tuple
    weight: int = 1
    lineage: int | None = None  # the first indicator of its `same_as` chain (itself if none)

    @property
    def key(self):
        return self.lineage if self.lineage is not None else self.id


@dataclass(frozen=True)
class AreaSpec:
    code: str
    indicators: tuple
    weight: int = 1
    optional: bool = False


@dataclass(frozen=True)
class Structure:
    """An edition's areas, indicators and questions: what scoring needs, nothing else."""

    edition_id: int
    areas: tuple

    def lineages(self):
        return {indicator.key for area in self.areas for indicator in area.indicators}


@dataclass(frozen=True)
class Given:
    """One answer as scoring sees it."""

    choice: str = ""
    number: float | None = None
    options: tuple = ()
    not_applicable: bool = False


@dataclass
class RoundScores:
    """Scores of one round. `areas` and `optional_areas` map area codes to 0-100 or None;
    `indicators` maps indicator lineages to 0-100 or None; `overall` is over core areas."""

    overall: float | None
    areas: dict = field(default_factory=dict)
    optional_areas: dict = field(default_factory=dict)
    indicators: dict = field(default_factory=dict)


def question_score(question, given):
    """0 to 100 for one answer, None when not applicable (left out of the weights)."""
    if given is None:
        return 0.0
    if given.not_applicable and question.allows_not_applicable:
        return None
    if question.kind == "number":
        if given.number is None or not question.target:
            return 0.0
        share = float(given.number) / float(question.target)
        return 100.0 * min(max(share, 0.0), 1.0)
    if question.kind == "choice":
        points = [
            question.option_points[position]
            for position in given.options
            if isinstance(position, int) and 0 <= position < len(question.option_points)
        ]
        if not points:
            return 0.0
        if not question.several_allowed:
            return float(points[0])
        return float(min(sum(points), 100))
    return YES_PARTLY_NO_POINTS.get(given.choice, 0.0)


def _weighted_mean(pairs):
    """Mean of (weight, score) pairs, leaving out scores that are None; None if none is left."""
    kept = [(weight, score) for weight, score in pairs if score is not None and weight]
    total = sum(weight for weight, _score in kept)
    if not total:
        return None
    return sum(weight * score for weight, score in kept) / total


def _is_answered(given):
    return given is not None and bool(
        given.choice or given.number is not None or given.options or given.not_applicable
    )


def score_answers(structure, answers, lineages=None):
    """The `RoundScores` of `answers` ({question id: Given}) on `structure`.

    With `lineages`, only the indicators of those lineages count (see `comparable`).
    """
    result = RoundScores(overall=None)
    core = []
    for area in structure.areas:
        indicator_pairs = []
        answered = False
        for indicator in area.indicators:
            if lineages is not None and indicator.key not in lineages:
                continue
            question_pairs = []
            for question in indicator.questions:
                given = answers.get(question.id)
                answered = answered or _is_answered(given)
                question_pairs.append((question.weight, question_score(question, given)))
            score = _weighted_mean(question_pairs)
            result.indicators[indicator.key] = score
            indicator_pairs.append((indicator.weight, score))
        area_score = _weighted_mean(indicator_pairs)
        if area.optional:
            result.optional_areas[area.code] = area_score if answered else None
        else:
            result.areas[area.code] = area_score
            core.append((area.weight, area_score))
    result.overall = _weighted_mean(core)
    return result


def shared_lineages(structures):
    """The indicator lineages that every one of `structures` measures."""
    structures = list(structures)
    if not structures:
        return set()
    common = structures[0].lineages()
    for structure in structures[1:]:
        common &= structure.lineages()
    return common


def comparable(structures_and_answers):
    """Scores of several rounds on the indicators all their editions share, in the given order.

    `structures_and_answers` is a list of (Structure, answers); rounds on one edition are
    compared on everything.
    """
    pairs = list(structures_and_answers)
    common = shared_lineages(structure for structure, _answers in pairs)
    return [score_answers(structure, answers, common) for structure, answers in pairs]


# --- Loading saved rounds ---------------------------------------------------------------------


def _lineage_of(indicator_id, same_as):
    seen = set()
    current = indicator_id
    while same_as.get(current) and current not in seen:
        seen.add(current)
        current = same_as[current]
    return current


def load_structures(edition_ids):
    """{edition id: Structure} of the given editions (source rows), in two queries."""
    edition_ids = set(edition_ids)
    if not edition_ids:
        return {}
    same_as = dict(Indicator.objects.values_list("pk", "same_as_id"))
    # Rounds answer the source-language rows; translations share their structure.
    questions = (
        Question.objects.in_source_language()
        .filter(indicator__area__edition_id__in=edition_ids)
        .select_related("indicator__area")
        .order_by("indicator__area__sort_order", "indicator__sort_order", "sort_order", "pk")
    )
    areas = {}
    for question in questions:
        indicator = question.indicator
        area = indicator.area
        by_area = areas.setdefault(area.edition_id, {}).setdefault(area.pk, (area, {}))[1]
        by_area.setdefault(indicator.pk, (indicator, []))[1].append(
            QuestionSpec(
                id=question.pk,
                kind=question.kind,
                weight=question.weight,
                allows_not_applicable=question.allows_not_applicable,
                option_points=question.option_points(),
                several_allowed=question.several_allowed,
                target=float(question.target) if question.target is not None else None,
            )
        )
    structures = {}
    for edition_id in edition_ids:
        area_specs = []
        for area, indicators in areas.get(edition_id, {}).values():
            indicator_specs = tuple(
                IndicatorSpec(
                    id=indicator.pk,
                    questions=tuple(specs),
                    weight=indicator.weight,
                    lineage=_lineage_of(indicator.pk, same_as),
                )
                for indicator, specs in indicators.values()
            )
            area_specs.append(
                AreaSpec(
                    code=area.code,
                    indicators=indicator_specs,
                    weight=area.weight,
                    optional=area.optional,
                )
            )
        structures[edition_id] = Structure(edition_id=edition_id, areas=tuple(area_specs))
    return structures


def _given(answer):
    number = answer.number
    return Given(
        choice=answer.choice,
        number=float(number) if isinstance(number, Decimal | int | float) else None,
        options=tuple(answer.options or ()),
        not_applicable=answer.not_applicable,
    )


def load_answers(round_ids):
    """{round id: {question id: Given}}, in one query."""
    found = {round_id: {} for round_id in round_ids}
    rows = Answer.objects.filter(round_id__in=list(round_ids)).only(
        "round_id", "question_id", "choice", "number", "options", "not_applicable"
    )
    for answer in rows:
        found[answer.round_id][answer.question_id] = _given(answer)
    return found


def score_rounds(rounds):
    """{round id: RoundScores} for saved rounds, in three queries whatever their number."""
    rounds = list(rounds)
    structures = load_structures({item.edition_id for item in rounds})
    answers = load_answers([item.pk for item in rounds])
    return {
        item.pk: score_answers(structures[item.edition_id], answers[item.pk]) for item in rounds
    }


def score_round(index_round):
    """The `RoundScores` of one saved round."""
    return score_rounds([index_round])[index_round.pk]
