"""Aggregates of completed tests, for coordinators and facilitators: plain functions on a
queryset of `Completion` rows, each computed by the database in one query whatever the number
of rows (the admin views stay within a fixed query budget).

Anonymity rules live here too: an answer to a question chosen by fewer than `MIN_EVENT_GROUP`
people is not shown, and a demographic group smaller than `MIN_DEMOGRAPHIC_GROUP` is never
shown. Which periods, group sessions and scores a figure may hold is `citizenship_test.
published`'s rule.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q, Sum
from django.db.models.functions import TruncMonth

from citizenship_test.components import COMPONENTS

__all__ = [
    "BIN_COUNT",
    "BIN_WIDTH",
    "BlockRow",
    "CSV_HEADER",
    "MIN_DEMOGRAPHIC_GROUP",
    "MIN_EVENT_GROUP",
    "SCORES",
    "Breakdown",
    "Summary",
    "as_date",
    "band_counts",
    "bin_labels",
    "block_figures",
    "compare",
    "demographic_breakdown",
    "demographic_breakdowns",
    "distributions",
    "fold",
    "score_sums",
    "summarise",
]

#: An answer to a question is shown when this many people chose it: fewer could be recognised.
MIN_EVENT_GROUP = 3
#: The smallest demographic group (age band, years in the city) shown to coordinators.
MIN_DEMOGRAPHIC_GROUP = 5
#: Histograms: ten bins of ten points; 100 falls into the last one (90–100).
BIN_WIDTH = 10
BIN_COUNT = 10
#: The scores aggregated: the four components, then the overall score.
SCORES = (*COMPONENTS, "overall")

CSV_HEADER = [
    "group",
    "value",
    "completions",
    *[f"{score}_average" for score in SCORES],
]


def _field(score):
    return f"{score}_score"


def _rounded(value):
    return None if value is None else round(value, 1)


def _averages(prefix="avg_"):
    return {f"{prefix}{score}": Avg(_field(score)) for score in SCORES}


def _read_averages(row, prefix="avg_"):
    return {score: _rounded(row[f"{prefix}{score}"]) for score in SCORES}


@dataclass(frozen=True)
class Summary:
    """How many completions, and the mean of each score (None when nobody had one)."""

    count: int
    averages: dict = field(default_factory=dict)
    answered: dict = field(default_factory=dict)

    @property
    def overall(self):
        return self.averages.get("overall")

    def component_averages(self):
        return {component: self.averages.get(component) for component in COMPONENTS}


def summarise(queryset):
    """The `Summary` of a queryset of completions, in one query."""
    row = queryset.order_by().aggregate(
        count=Count("pk"),
        **_averages(),
        **{f"n_{score}": Count(_field(score)) for score in SCORES},
    )
    return Summary(
        count=row["count"],
        averages=_read_averages(row),
        answered={score: row[f"n_{score}"] for score in SCORES},
    )


def as_date(value):
    # TruncMonth gives a date on PostgreSQL and SQLite alike for a DateField; be lenient.
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _bins():
    """(lowest, highest) of each bin, highest included."""
    return [
        (index * BIN_WIDTH, 100 if index == BIN_COUNT - 1 else (index + 1) * BIN_WIDTH - 1)
        for index in range(BIN_COUNT)
    ]


def bin_labels():
    """ "0–9", "10–19", ... "90–100"."""
    return [f"{low}–{high}" for low, high in _bins()]


def distributions(queryset):
    """{score: [count in 0–9, 10–19, ... 90–100]} for each component and overall, one query."""
    aggregates = {}
    for score in SCORES:
        for index, (low, high) in enumerate(_bins()):
            condition = Q(**{f"{_field(score)}__gte": low, f"{_field(score)}__lte": high})
            aggregates[f"{score}_{index}"] = Count("pk", filter=condition)
    row = queryset.order_by().aggregate(**aggregates)
    return {score: [row[f"{score}_{index}"] for index in range(BIN_COUNT)] for score in SCORES}


def band_counts(bins):
    """The ten bins of one score folded into the feedback bands (0–39, 40–69, 70–100):
    {"beginning": n, "developing": n, "strong": n}."""
    return {"beginning": sum(bins[0:4]), "developing": sum(bins[4:7]), "strong": sum(bins[7:10])}


def compare(city, network):
    """[(score, city average, network average, difference)] of two `Summary`s."""
    rows = []
    for score in SCORES:
        mine, theirs = city.averages.get(score), network.averages.get(score)
        difference = None if mine is None or theirs is None else round(mine - theirs, 1)
        rows.append((score, mine, theirs, difference))
    return rows


@dataclass(frozen=True)
class Breakdown:
    """Averages per group of one demographic question; small groups are left out."""

    rows: list
    hidden: int  # completions in groups too small to show
    not_said: int  # completions without an answer to the question


def demographic_breakdown(queryset, field_name, choices, min_group=MIN_DEMOGRAPHIC_GROUP):
    """Averages per band of `field_name` ("age_band" or "years_in_city"), in one query.

    Each row: {"value", "label", "count", "averages"}. A group of fewer than `min_group`
    completions is not shown (its count goes to `hidden`), so nobody is singled out.
    """
    groups = {
        row[field_name]: row
        for row in queryset.order_by()
        .values(field_name)
        .annotate(count=Count("pk"), **_averages())
        .order_by(field_name)
    }
    rows, hidden = [], 0
    for value, label in choices:
        group = groups.get(value)
        if group is None:
            continue
        if group["count"] < min_group:
            hidden += group["count"]
            continue
        rows.append(
            {
                "value": value,
                "label": label,
                "count": group["count"],
                "averages": _read_averages(group),
            }
        )
    not_said = groups[""]["count"] if "" in groups else 0
    known = {value for value, _label in choices} | {""}
    hidden += sum(group["count"] for value, group in groups.items() if value not in known)
    return Breakdown(rows=rows, hidden=hidden, not_said=not_said)


# --- Several aggregates from one grouped query (the admin's query budget) ---
def score_sums():
    """Count and sum of each score: averages can then be folded across groups exactly."""
    aggregates = {}
    for score in SCORES:
        aggregates[f"n_{score}"] = Count(_field(score))
        aggregates[f"s_{score}"] = Sum(_field(score))
    return aggregates


def _bin_counts():
    return {
        f"b_{score}_{index}": Count(
            "pk", filter=Q(**{f"{_field(score)}__gte": low, f"{_field(score)}__lte": high})
        )
        for score in SCORES
        for index, (low, high) in enumerate(_bins())
    }


def fold(rows):
    """A `Summary` of grouped rows carrying `count`, `n_<score>` and `s_<score>`."""
    count = sum(row["count"] for row in rows)
    answered = {score: sum(row[f"n_{score}"] for row in rows) for score in SCORES}
    averages = {
        score: _rounded(sum(row[f"s_{score}"] or 0 for row in rows) / answered[score])
        if answered[score]
        else None
        for score in SCORES
    }
    return Summary(count=count, averages=averages, answered=answered)


def _monthly_rows(queryset):
    return list(
        queryset.order_by()
        .annotate(month=TruncMonth("completed_on"))
        .values("month")
        .annotate(count=Count("pk"), **score_sums(), **_bin_counts())
        .order_by("month")
    )


@dataclass(frozen=True)
class BlockRow:
    """The figures of one reporting block (`tools.disclosure.Block`)."""

    block: object
    count: int
    averages: dict


def block_figures(queryset, blocks):
    """(Summary, [BlockRow], distributions) of `queryset`, its months folded into `blocks`
    (the reporting blocks it is made of), from one query grouped by month."""
    rows = _monthly_rows(queryset)
    per_block = []
    for block in blocks:
        inside = [row for row in rows if block.contains(as_date(row["month"]))]
        if inside:
            folded = fold(inside)
            per_block.append(BlockRow(block=block, count=folded.count, averages=folded.averages))
    bins = {
        score: [sum(row[f"b_{score}_{index}"] for row in rows) for index in range(BIN_COUNT)]
        for score in SCORES
    }
    return fold(rows), per_block, bins


def demographic_breakdowns(queryset, questions, min_group=MIN_DEMOGRAPHIC_GROUP):
    """{field name: Breakdown} for several demographic questions ([(field name, choices)]) from
    one query grouped by all of them; the same rules as `demographic_breakdown`."""
    if not questions:
        return {}
    names = [name for name, _choices in questions]
    rows = list(
        queryset.order_by()
        .values(*names)
        .annotate(count=Count("pk"), **score_sums())
        .order_by(*names)
    )
    result = {}
    for name, choices in questions:
        by_value = {}
        for row in rows:
            by_value.setdefault(row[name], []).append(row)
        shown, hidden = [], 0
        for value, label in choices:
            group = by_value.get(value)
            if not group:
                continue
            summary = fold(group)
            if summary.count < min_group:
                hidden += summary.count
                continue
            shown.append(
                {
                    "value": value,
                    "label": label,
                    "count": summary.count,
                    "averages": summary.averages,
                }
            )
        known = {value for value, _label in choices} | {""}
        hidden += sum(fold(group).count for value, group in by_value.items() if value not in known)
        not_said = fold(by_value[""]).count if "" in by_value else 0
        result[name] = Breakdown(rows=shown, hidden=hidden, not_said=not_said)
    return result


def _averages_in_order(averages):
    return ["" if averages.get(score) is None else averages[score] for score in SCORES]
