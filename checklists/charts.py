"""Geometry of the server-drawn SVG charts; the templates in `checklists/charts/` draw it.

Drawn on the server so that the charts show without JavaScript, in the embed, in print and in
the PDF. Each chart also comes with its numbers as a table for screen readers.
"""

from dataclasses import dataclass

from checklists.scoring import rounded

__all__ = ["BarChart", "TrendChart", "section_bar_chart", "trend_line_chart"]

# Narrow enough that 14-unit text stays readable once scaled down to a phone's width.
WIDTH = 400
BAR_ROW = 48  # a label line and a bar under it
BAR_INLINE_START = 4
BAR_MAX = 330  # leaves room for the percentage after the longest bar
LABEL_CHARS = 46


def _short(text, limit=LABEL_CHARS):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Bar:
    label: str
    percent: float | None
    y: int
    label_y: int
    width: float
    value_x: float
    value_y: int

    @property
    def rounded(self):
        return rounded(self.percent)


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    bars: tuple
    bar_height: int = 16
    x: int = BAR_INLINE_START
    track_width: int = BAR_MAX


def section_bar_chart(section_scores):
    """One horizontal bar per section (0-100 %); a section without a score gets no bar."""
    bars = []
    for index, score in enumerate(section_scores):
        top = index * BAR_ROW
        percent = score.percent
        width = 0 if percent is None else max(BAR_MAX * percent / 100, 2)
        bars.append(
            Bar(
                label=_short(score.section.title),
                percent=percent,
                label_y=top + 16,
                y=top + 22,
                width=round(width, 1),
                value_x=round(BAR_INLINE_START + width + 6, 1),
                value_y=top + 35,
            )
        )
    return BarChart(width=WIDTH, height=max(len(bars) * BAR_ROW, BAR_ROW), bars=tuple(bars))


@dataclass(frozen=True)
class Point:
    label: str
    percent: float
    x: float
    y: float
    label_y: float
    value_y: float

    @property
    def rounded(self):
        return rounded(self.percent)


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    points: tuple
    gridlines: tuple  # (percent, y, y of its label)
    left: int
    right: int

    @property
    def axis_label_x(self):
        return self.left - 6

    @property
    def polyline(self):
        return " ".join(f"{point.x},{point.y}" for point in self.points)


def trend_line_chart(entries, width=WIDTH, height=220):
    """A line through the overall scores of `entries`, a list of (label, percent) in time order.

    Entries without a score are skipped. The points are evenly spaced: assessments are
    yearly or so, and their labels (dates) say when.
    """
    entries = [(label, percent) for label, percent in entries if percent is not None]
    left, right, top, bottom = 36, width - 36, 20, height - 36
    span = right - left
    step = span / (len(entries) - 1) if len(entries) > 1 else 0
    points = tuple(
        Point(
            label=label,
            percent=percent,
            x=round(left + (index * step if len(entries) > 1 else span / 2), 1),
            y=round(bottom - (bottom - top) * percent / 100, 1),
            label_y=height - 12,
            value_y=round(bottom - (bottom - top) * percent / 100 - 10, 1),
        )
        for index, (label, percent) in enumerate(entries)
    )
    gridlines = tuple(
        (value, round(y, 1), round(y + 4, 1))
        for value in (0, 50, 100)
        for y in [bottom - (bottom - top) * value / 100]
    )
    return TrendChart(
        width=width, height=height, points=points, gridlines=gridlines, left=left, right=right
    )
