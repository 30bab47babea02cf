"""A trend: one line per series along dates, years or rounds, with a gap where a value is
missing."""

from dataclasses import dataclass

from tools.charts.common import PALETTE, ChartTable, Mirror, is_rtl, number_text

__all__ = ["TrendChart", "TrendSeries", "trend_chart"]

TOP, BOTTOM = 16, 34  # room for the labels along the bottom
AXIS_ROOM = 40  # the vertical axis's numbers, at the inline start
END_ROOM = 30  # half the widest date label written under the last point


@dataclass(frozen=True)
class TrendSeries:
    """`values` follow the chart's labels; None where the series has no value."""

    name: str
    values: list
    colour: str = ""
    dash: str = ""
    emphasis: bool = False


@dataclass(frozen=True)
class Line:
    name: str
    colour: str
    dash: str
    emphasis: bool
    segments: tuple  # (((x, y), ...), ...): the runs of points without a gap
    points: tuple  # ((x, y, text), ...)


@dataclass(frozen=True)
class TrendChart:
    kind = "trend"
    chart_id: str
    title: str
    description: str
    width: int
    height: int
    lines: tuple
    gridlines: tuple  # ((y, text), ...)
    ticks: tuple  # ((x, label), ...) along the bottom
    plot_start: float
    plot_end: float
    plot_bottom: int
    axis_x: float
    axis_anchor: str
    direction: str
    show_values: bool
    css_class: str
    table: ChartTable | None

    @property
    def has_legend(self):
        return len(self.lines) > 1

    @property
    def tick_slots(self):
        """((start %, width %, label), ...): where each label along the bottom sits, in
        percent of the chart's width from its left edge, centred under its point; for the
        labels drawn as HTML under the SVG (in a PDF)."""
        if not self.ticks:
            return ()
        xs = sorted(x for x, _label in self.ticks)
        gaps = [after - before for before, after in zip(xs[:-1], xs[1:], strict=True)]
        slot = min(gaps) if gaps else self.plot_end - self.plot_start
        return tuple(
            (round((x - slot / 2) * 100 / self.width, 2), round(slot * 100 / self.width, 2), label)
            for x, label in self.ticks
        )


def nice_maximum(value):
    """A round top for the vertical axis, in four equal steps; at least 4."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 4:
            return step * 4
    return -(-value // 4) * 4


def trend_chart(
    labels,
    series,
    *,
    title,
    chart_id="chart",
    max_value=None,
    gridlines=None,
    width=640,
    height=240,
    rtl=None,
    max_labels=8,
    show_values=False,
    value_text=number_text,
    description=None,
    css_class="",
    table=False,
    first_column="",
):
    """A `TrendChart` of `series` (`TrendSeries`, or (name, values) pairs) along `labels`,
    oldest first.

    `max_value` tops the vertical axis (by default a round number above the largest value);
    `gridlines` are the values marked on it (by default quarters). At most `max_labels`
    labels are written along the bottom; `show_values` writes each point's value above it.
    """
    labels = [str(label) for label in labels]
    series = [item if isinstance(item, TrendSeries) else TrendSeries(*item) for item in series]
    known = [value for item in series for value in item.values if value is not None]
    top_value = max_value or nice_maximum(max(known, default=0))
    mirror = Mirror(width, is_rtl(rtl))
    start, end, bottom = AXIS_ROOM, width - END_ROOM, height - BOTTOM
    step = (end - start) / max(len(labels) - 1, 1)

    def x_of(index):
        return mirror.x(start + index * step if len(labels) > 1 else (start + end) / 2)

    def y_of(value):
        return round(bottom - (bottom - TOP) * (value / top_value if top_value else 0), 1)

    lines = []
    for position, item in enumerate(series):
        colour, dash = PALETTE[position % len(PALETTE)]
        segments, current, points = [], [], []
        for index, value in enumerate(item.values):
            if value is None:
                if current:
                    segments.append(current)
                current = []
                continue
            point = (x_of(index), y_of(value))
            current.append(point)
            points.append((*point, value_text(value)))
        if current:
            segments.append(current)
        lines.append(
            Line(
                name=str(item.name),
                colour=item.colour or colour,
                dash=item.dash if item.colour else dash,
                emphasis=item.emphasis,
                segments=tuple(tuple(segment) for segment in segments),
                points=tuple(points),
            )
        )
    marks = gridlines if gridlines is not None else [top_value * k / 4 for k in range(5)]
    stride = -(-len(labels) // max_labels) or 1
    if description is None:
        description = "; ".join(
            f"{item.name}: "
            + ", ".join(
                f"{label} {value_text(value)}"
                for label, value in zip(labels, item.values, strict=False)
                if value is not None
            )
            for item in series
        )
    chart_table = None
    if table:
        chart_table = ChartTable(
            caption=str(title),
            first_column=str(first_column),
            columns=tuple(str(item.name) for item in series),
            rows=tuple(
                (label, tuple(value_text(item.values[index]) for item in series))
                for index, label in enumerate(labels)
            ),
        )
    return TrendChart(
        chart_id=chart_id,
        title=str(title),
        description=str(description),
        width=width,
        height=height,
        lines=tuple(lines),
        gridlines=tuple((y_of(value), number_text(value)) for value in marks),
        ticks=tuple((x_of(i), label) for i, label in enumerate(labels) if i % stride == 0),
        plot_start=min(mirror.x(start), mirror.x(end)),
        plot_end=max(mirror.x(start), mirror.x(end)),
        plot_bottom=bottom,
        axis_x=mirror.x(start - 6),
        axis_anchor=mirror.anchor(toward_start=True),
        direction=mirror.direction,
        show_values=show_values,
        css_class=css_class,
        table=chart_table,
    )
