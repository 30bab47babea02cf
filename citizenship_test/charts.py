"""Geometry of the aggregate charts, drawn on the server as SVG (no JavaScript needed).

Plain functions that turn aggregates (`citizenship_test.aggregates`) into coordinates in SVG
user units; the templates under `citizenship_test/charts/` only draw them. Each series has a
colour and a dash pattern, so the lines stay apart for readers who do not see colours.
"""

from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from citizenship_test.aggregates import BIN_WIDTH, SCORES, bin_labels
from citizenship_test.components import component_label
from citizenship_test.results import chart_bars
from citizenship_test.scoring import TestScores

__all__ = [
    "SERIES_STYLES",
    "average_bars",
    "fill_months",
    "histograms",
    "score_label",
    "trend_chart",
]

#: (colour, dash pattern) per score; colours keep a 4.5:1 contrast on white.
SERIES_STYLES = {
    "knowledge": ("#1d4f91", ""),
    "competences": ("#9a3412", "8 4"),
    "diversity": ("#047857", "2 4"),
    "action": ("#6d28d9", "12 4 3 4"),
    "overall": ("#111827", ""),
}


def score_label(score):
    """The translated name of a component, or "Overall"."""
    return _("Overall") if score == "overall" else component_label(score)


def _whole(value):
    return None if value is None else int(value + 0.5)


def average_bars(summary):
    """Bars of the average score per component and overall (the results chart's geometry)."""
    averages = summary.averages
    scores = TestScores(
        components={score: _whole(averages.get(score)) for score in SCORES[:-1]},
        overall=_whole(averages.get("overall")),
    )
    return chart_bars(scores, str(_("Overall")))


# --- Averages per month: a line chart ---
TREND_WIDTH = 640
TREND_HEIGHT = 240
TREND_LEFT = 34
TREND_RIGHT = 10
TREND_TOP = 10
TREND_BOTTOM = 30
MAX_MONTH_LABELS = 8


@dataclass(frozen=True)
class Series:
    score: str
    label: str
    colour: str
    dash: str
    segments: list  # [[(x, y), ...]]: a gap where a month has no score
    points: list = field(default_factory=list)


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    series: list
    gridlines: list  # [(y, label)]
    month_labels: list  # [(x, label)]
    plot_left: int
    plot_right: int
    plot_bottom: int


def _y(value):
    plot = TREND_HEIGHT - TREND_TOP - TREND_BOTTOM
    return round(TREND_TOP + plot * (1 - value / 100), 1)


def _next_month(month):
    return month.replace(year=month.year + month.month // 12, month=month.month % 12 + 1, day=1)


def fill_months(monthly):
    """[MonthlyRow] with every month from the first to the last, empty ones added (so that
    the x axis is time and a month without completions is a gap, not a shortcut)."""
    from citizenship_test.aggregates import MonthlyRow

    if not monthly:
        return []
    by_month = {row.month: row for row in monthly}
    filled, month = [], monthly[0].month
    while month <= monthly[-1].month:
        filled.append(by_month.get(month) or MonthlyRow(month=month, count=0, averages={}))
        month = _next_month(month)
    return filled


def trend_chart(monthly):
    """A `TrendChart` of [MonthlyRow] (oldest first, gaps filled with `fill_months`); None
    when there is nothing to draw."""
    monthly = fill_months(monthly)
    if not monthly:
        return None
    left, right = TREND_LEFT, TREND_WIDTH - TREND_RIGHT
    step = (right - left) / max(len(monthly) - 1, 1)
    xs = [
        round(left + index * step, 1) if len(monthly) > 1 else (left + right) / 2
        for index in range(len(monthly))
    ]
    series = []
    for score in SCORES:
        colour, dash = SERIES_STYLES[score]
        segments, current, points = [], [], []
        for x, row in zip(xs, monthly, strict=True):
            value = row.averages.get(score)
            if value is None:
                if current:
                    segments.append(current)
                current = []
                continue
            current.append((x, _y(value)))
            points.append((x, _y(value)))
        if current:
            segments.append(current)
        series.append(Series(score, str(score_label(score)), colour, dash, segments, points))
    every = max(1, -(-len(monthly) // MAX_MONTH_LABELS))  # ceiling division
    month_labels = [
        (x, formats.date_format(row.month, "M Y"))
        for index, (x, row) in enumerate(zip(xs, monthly, strict=True))
        if index % every == 0
    ]
    return TrendChart(
        width=TREND_WIDTH,
        height=TREND_HEIGHT,
        series=series,
        gridlines=[(_y(value), value) for value in (0, 25, 50, 75, 100)],
        month_labels=month_labels,
        plot_left=left,
        plot_right=right,
        plot_bottom=TREND_HEIGHT - TREND_BOTTOM,
    )


# --- Distributions: one small histogram per score ---
HIST_WIDTH = 300
HIST_HEIGHT = 130
HIST_TOP = 14
HIST_BOTTOM = 22
HIST_LEFT = 4
BAR_GAP = 4


@dataclass(frozen=True)
class HistogramBar:
    x: float
    y: float
    width: float
    height: float
    count: int
    label: str
    low: int


@dataclass(frozen=True)
class Histogram:
    score: str
    label: str
    colour: str
    bars: list
    total: int
    width: int = HIST_WIDTH
    height: int = HIST_HEIGHT
    baseline: int = HIST_HEIGHT - HIST_BOTTOM


def histograms(distributions):
    """A `Histogram` per score of `aggregates.distributions()`; bars share one scale per
    score, the tallest bin filling the plot."""
    labels = bin_labels()
    plot = HIST_HEIGHT - HIST_TOP - HIST_BOTTOM
    width = (HIST_WIDTH - HIST_LEFT) / len(labels)
    result = []
    for score in SCORES:
        counts = distributions[score]
        tallest = max(counts) or 1
        bars = []
        for index, (count, label) in enumerate(zip(counts, labels, strict=True)):
            height = round(plot * count / tallest, 1)
            bars.append(
                HistogramBar(
                    x=round(HIST_LEFT + index * width, 1),
                    y=round(HIST_HEIGHT - HIST_BOTTOM - height, 1),
                    width=round(width - BAR_GAP, 1),
                    height=height,
                    count=count,
                    label=label,
                    low=index * BIN_WIDTH,
                )
            )
        result.append(
            Histogram(
                score=score,
                label=str(score_label(score)),
                colour=SERIES_STYLES[score][0],
                bars=bars,
                total=sum(counts),
            )
        )
    return result
