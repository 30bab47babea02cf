"""The network's view of the Index, for editors: every round with its status, the averages by
area and by group of similar cities, and the same figures as CSV and XLSX.

Rounds are listed by city name, then date: never by score (a benchmark, not a ranking).
Everything is built in a fixed number of queries, however many rounds there are.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from intercultural_index.models import Area, IndexRound
from intercultural_index.results import (
    BORN_ABROAD_BANDS,
    MIN_GROUP_SIZE,
    OVERALL,
    POPULATION_BANDS,
    benchmark,
    group_label,
    latest_rounds,
)
from intercultural_index.scoring import load_answers, load_structures, score_answers

__all__ = ["AverageRow", "NetworkOverview", "network_overview", "round_rows"]


def area_columns():
    """(code, English name, optional) of every area code, core areas first (one query)."""
    seen = {}
    rows = (
        Area.objects.in_source_language()
        .order_by("optional", "sort_order", "-edition__year")
        .values_list("code", "name", "optional")
    )
    for code, name, optional in rows:
        seen.setdefault(code, (code, name, optional))
    return list(seen.values())


def _rounded(value):
    return None if value is None else round(value)


def round_rows(rounds=None):
    """(IndexRound, RoundScores) of every round, by city name then date (four queries)."""
    if rounds is None:
        rounds = IndexRound.objects.all()
    rounds = list(rounds.select_related("city", "edition"))
    rounds.sort(key=lambda item: (item.city.title.casefold(), item.opened_at, item.pk))
    structures = load_structures({item.edition_id for item in rounds})
    answers = load_answers([item.pk for item in rounds])
    return [(item, score_answers(structures[item.edition_id], answers[item.pk])) for item in rounds]


@dataclass
class AverageRow:
    label: str
    cities: int
    values: list  # by area column, then overall
    shown: bool


@dataclass
class NetworkOverview:
    columns: list
    rows: list  # (IndexRound, RoundScores)
    averages: list  # AverageRow: the network, then each group


def network_overview():
    rows = round_rows()
    columns = area_columns()
    bench = benchmark(latest_rounds())
    codes = [code for code, _name, _optional in columns] + [OVERALL]
    averages = [
        AverageRow(
            label=_("Whole network"),
            cities=bench.network_size,
            values=[_rounded(bench.network.get(code)) for code in codes],
            shown=bench.network_shown(),
        )
    ]
    for population in range(len(POPULATION_BANDS)):
        for born_abroad in range(len(BORN_ABROAD_BANDS)):
            group = (population, born_abroad)
            size = bench.group_sizes.get(group, 0)
            if not size:
                continue
            group_averages = bench.groups.get(group, {})
            averages.append(
                AverageRow(
                    label=str(group_label(group)),
                    cities=size,
                    values=[_rounded(group_averages.get(code)) for code in codes],
                    shown=size >= MIN_GROUP_SIZE,
                )
            )
    return NetworkOverview(columns=columns, rows=rows, averages=averages)


def export_header(columns):
    return [
        _("City"),
        _("Country"),
        _("Edition"),
        _("Opened"),
        _("Submitted"),
        _("Status"),
        _("Published"),
        _("Demo figures"),
        *[name for _code, name, _optional in columns],
        _("Overall score"),
    ]


def export_rows(overview):
    """The rounds as spreadsheet rows, by city name (the order of `round_rows`)."""
    for item, scores in overview.rows:
        values = {**scores.areas, **scores.optional_areas}
        yield [
            item.city.title,
            item.city.country,
            item.edition.name,
            item.opened_at.date().isoformat(),
            item.submitted_at.date().isoformat() if item.submitted_at else "",
            item.get_status_display(),
            _("yes") if item.published else _("no"),
            _("yes") if item.demo_figures else _("no"),
            *[_rounded(values.get(code)) for code, _name, _optional in overview.columns],
            _rounded(scores.overall),
        ]
