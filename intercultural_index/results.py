"""What the results screens show: a city's scores, the averages it is compared with, its trend.

Similar cities share a population band and a band of residents born abroad (the city profile's
`population` and `born_abroad_percent`). An average is shown only over at least
`MIN_GROUP_SIZE` cities, so that no city's scores can be worked out from it; the network average
follows the same rule. Averages use each city's latest submitted round, published or not (an
average of five or more cities reveals none of them).

Nothing here orders cities by score: every list of cities is in name order, and the screens
show one city's figures against averages (a benchmark, never a ranking).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from intercultural_index.cache import SECONDS, generation
from intercultural_index.models import Area, Edition, IndexRound, Indicator
from intercultural_index.scoring import (
    comparable,
    load_answers,
    load_structures,
    score_answers,
)

__all__ = [
    "BORN_ABROAD_BANDS",
    "OVERALL",
    "AreaResult",
    "cities_in_name_order",
    "group_label",
    "MIN_GROUP_SIZE",
    "POPULATION_BANDS",
    "Benchmark",
    "CityResults",
    "benchmark",
    "cached_benchmark",
    "city_results",
    "group_of",
    "latest_rounds",
]

MIN_GROUP_SIZE = 5

#: (lower bound, label), lowest first: a city belongs to the last band whose bound it reaches.
POPULATION_BANDS = [
    (0, _("fewer than 150,000 inhabitants")),
    (150_000, _("150,000 to 500,000 inhabitants")),
    (500_000, _("more than 500,000 inhabitants")),
]
BORN_ABROAD_BANDS = [
    # xgettext:no-python-format
    (Decimal(0), _("fewer than 15% born abroad")),
    # xgettext:no-python-format
    (Decimal(15), _("15% to 30% born abroad")),
    # xgettext:no-python-format
    (Decimal(30), _("30% or more born abroad")),
]


def _band(value, bands):
    if value is None:
        return None
    found = None
    for index, (lower, _label) in enumerate(bands):
        if value >= lower:
            found = index
    return found


def group_of(city):
    """(population band, born-abroad band) of a city, or None when a figure is missing."""
    population = _band(city.population, POPULATION_BANDS)
    born_abroad = _band(city.born_abroad_percent, BORN_ABROAD_BANDS)
    if population is None or born_abroad is None:
        return None
    return (population, born_abroad)


def group_label(group):
    if group is None:
        return ""
    return f"{POPULATION_BANDS[group[0]][1]}, {BORN_ABROAD_BANDS[group[1]][1]}"


def latest_rounds():
    """Each city's latest submitted round (one query), with its city's figures."""
    rounds = (
        IndexRound.objects.submitted()
        .select_related("city")
        .only(
            "pk",
            "edition_id",
            "submitted_at",
            "opened_at",
            "city__translation_key",
            "city__population",
            "city__born_abroad_percent",
        )
        .order_by("city__translation_key", "-submitted_at", "-pk")
    )
    latest = {}
    for item in rounds:
        latest.setdefault(item.city.translation_key, item)
    return list(latest.values())


def _mean(values):
    values = [value for value in values if value is not None]
    return sum(values) / len(values) if values else None


@dataclass
class Benchmark:
    """Averages of the network and of each group of similar cities, by area code and overall.

    `groups` maps a group to its averages only for groups of at least `MIN_GROUP_SIZE` cities;
    `group_sizes` counts every group's cities.
    """

    network: dict = field(default_factory=dict)
    network_size: int = 0
    groups: dict = field(default_factory=dict)
    group_sizes: dict = field(default_factory=dict)

    def network_shown(self):
        return self.network_size >= MIN_GROUP_SIZE


OVERALL = "__overall__"


def _averages(scores):
    by_area = {}
    for item in scores:
        for code, value in {**item.areas, **item.optional_areas}.items():
            by_area.setdefault(code, []).append(value)
        by_area.setdefault(OVERALL, []).append(item.overall)
    return {code: _mean(values) for code, values in by_area.items()}


def benchmark(rounds=None, structures=None, answers=None):
    """The `Benchmark` over each city's latest submitted round (four queries)."""
    rounds = latest_rounds() if rounds is None else rounds
    if structures is None:
        structures = load_structures({item.edition_id for item in rounds})
    if answers is None:
        answers = load_answers([item.pk for item in rounds])
    scored = []
    by_group = {}
    for item in rounds:
        scores = score_answers(structures[item.edition_id], answers[item.pk])
        scored.append(scores)
        group = group_of(item.city)
        if group is not None:
            by_group.setdefault(group, []).append(scores)
    result = Benchmark(network_size=len(scored))
    if len(scored) >= MIN_GROUP_SIZE:
        result.network = _averages(scored)
    for group, members in by_group.items():
        result.group_sizes[group] = len(members)
        if len(members) >= MIN_GROUP_SIZE:
            result.groups[group] = _averages(members)
    return result


def cached_benchmark():
    """`benchmark()`, kept in the cache until a round, the questionnaire or a city's figures
    change (`intercultural_index.cache`): public pages do not recompute the network's averages
    from every city's answers on each visit."""
    key = f"intercultural-index:benchmark:{generation()}"
    found = cache.get(key)
    if found is None:
        found = benchmark()
        cache.set(key, found, SECONDS)
    return found


@dataclass
class AreaResult:
    code: str
    name: str
    optional: bool
    score: float | None
    network: float | None
    similar: float | None


@dataclass
class CityResults:
    """One city's published results: its latest round, the averages, its trend."""

    city: object
    latest: object  # the IndexRound, or None when nothing is published
    overall: float | None = None
    areas: list = field(default_factory=list)  # AreaResult, core areas then optional ones
    network_overall: float | None = None
    similar_overall: float | None = None
    group: tuple | None = None
    group_size: int = 0
    group_shown: bool = False
    network_shown: bool = False
    trend: list = field(default_factory=list)  # (year, comparable overall, own overall)
    demo_figures: bool = False
    indicators: list = field(default_factory=list)  # (area name, indicator name, score)
    edition_name: str = ""
    year: int | None = None

    @property
    def group_label(self):
        return group_label(self.group)

    @property
    def core_areas(self):
        return [area for area in self.areas if not area.optional]

    @property
    def optional_areas(self):
        return [area for area in self.areas if area.optional and area.score is not None]


def _names(model, pks, language_code):
    """{source pk: name in the language shown (or the source's)} for questionnaire rows, in
    one query: the rows themselves and their translations into `language_code`."""
    keys = model.objects.filter(pk__in=pks).values("translation_key")
    pks = set(pks)
    rows = list(
        model.objects.filter(translation_key__in=keys)
        .filter(Q(pk__in=pks) | Q(locale__language_code=language_code))
        .values_list("pk", "name", "translation_key")
    )
    names, by_key = {}, {}
    for pk, name, key in rows:
        if pk in pks:
            names[pk] = name
            by_key.setdefault(key, []).append(pk)
    for pk, name, key in rows:
        if pk not in pks:
            for source in by_key.get(key, []):
                names[source] = name
    return names


def city_results(city, language_code, published_only=True, with_indicators=False, until=None):
    """The `CityResults` of `city` (any language version), in a fixed number of queries; with
    `until` (a submitted round of the city), as they stood when that round was submitted."""
    rounds = IndexRound.objects.for_city(city).submitted().order_by("submitted_at", "pk")
    if published_only:
        rounds = rounds.published()
    if until is not None:
        rounds = rounds.filter(submitted_at__lte=until.submitted_at)
    rounds = list(rounds)
    result = CityResults(city=city, latest=rounds[-1] if rounds else None)
    if not rounds:
        return result
    latest = result.latest
    structures = load_structures({item.edition_id for item in rounds})
    answers = load_answers([item.pk for item in rounds])
    bench = cached_benchmark()
    own = score_answers(structures[latest.edition_id], answers[latest.pk])

    result.overall = own.overall
    result.edition_name = _names(Edition, [latest.edition_id], language_code)[latest.edition_id]
    result.year = (latest.submitted_at or latest.opened_at).year
    result.demo_figures = any(item.demo_figures for item in rounds)
    result.network_shown = bench.network_shown()
    result.network_overall = bench.network.get(OVERALL)
    result.group = group_of(city)
    result.group_size = bench.group_sizes.get(result.group, 0)
    similar = bench.groups.get(result.group, {})
    result.group_shown = bool(similar)
    result.similar_overall = similar.get(OVERALL)

    areas = list(
        Area.objects.in_source_language()
        .filter(edition_id=latest.edition_id)
        .order_by("optional", "sort_order", "pk")
        .values("pk", "code", "optional", "name", "translation_key")
    )
    names = {area["pk"]: area["name"] for area in areas}
    translated = Area.objects.filter(
        translation_key__in=[area["translation_key"] for area in areas],
        locale__language_code=language_code,
    ).values_list("translation_key", "name")
    by_key = dict(translated)
    for area in areas:
        names[area["pk"]] = by_key.get(area["translation_key"], area["name"])
    for area in areas:
        code = area["code"]
        score = own.optional_areas.get(code) if area["optional"] else own.areas.get(code)
        result.areas.append(
            AreaResult(
                code=code,
                name=names[area["pk"]],
                optional=area["optional"],
                score=score,
                network=bench.network.get(code),
                similar=similar.get(code),
            )
        )

    pairs = [(structures[item.edition_id], answers[item.pk]) for item in rounds]
    compared = comparable(pairs)
    for item, shared, (structure, given) in zip(rounds, compared, pairs, strict=True):
        year = (item.submitted_at or item.opened_at).year
        result.trend.append((year, shared.overall, score_answers(structure, given).overall))

    if with_indicators:
        structure = structures[latest.edition_id]
        indicator_ids = [ind.id for area in structure.areas for ind in area.indicators]
        indicator_names = _names(Indicator, indicator_ids, language_code)
        area_names = {area.code: area.name for area in result.areas}
        for area in structure.areas:
            for indicator in area.indicators:
                result.indicators.append(
                    (
                        area_names.get(area.code, area.code),
                        indicator_names.get(indicator.id, ""),
                        own.indicators.get(indicator.key),
                    )
                )
    return result


def cities_in_name_order(cities):
    """City pages sorted by name: the only order in which the Index lists cities."""
    return sorted(cities, key=lambda city: city.title.casefold())
