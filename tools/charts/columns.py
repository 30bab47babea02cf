"""Vertical columns of a distribution: how many people fell in each range."""

from dataclasses import dataclass

from tools.charts.common import ChartTable, Mirror, is_rtl

__all__ = ["ColumnChart", "column_chart"]

TOP, BOTTOM, PADDING, GAP = 14, 22, 4, 4


@dataclass(frozen=True)
class Column:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    axis_label: str  # under every other column, so that they stay legible
    axis_x: float  # the column's inline-start edge, where its range begins
    middle: float


@dataclass(frozen=True)
class ColumnChart:
    kind = "columns"
    chart_id: str
    title: str
    description: str
    width: int
    height: int
    baseline: int
    colour: str
    columns: tuple
    direction: str
    axis_anchor: str
    css_class: str
    table: ChartTable | None
    caption: str = ""


def column_chart(
    labels,
    values,
    *,
    title,
    chart_id="chart",
    caption="",
    axis_labels=None,
    colour="#1d4f91",
    width=300,
    height=130,
    rtl=None,
    css_class="",
    table=False,
    first_column="",
    value_heading="",
):
    """A `ColumnChart`: one column per label, the tallest filling the plot. `axis_labels`
    (by default the labels) are written under every other column; `caption` is shown above
    the chart."""
    mirror = Mirror(width, is_rtl(rtl))
    axis_labels = list(axis_labels or labels)
    plot = height - TOP - BOTTOM
    slot = (width - PADDING) / max(len(labels), 1)
    tallest = max(values, default=0) or 1
    columns = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        column_height = round(plot * value / tallest, 1)
        column_width = round(slot - GAP, 1)
        start = PADDING + index * slot
        columns.append(
            Column(
                label=str(label),
                value=value,
                x=mirror.box(start, column_width),
                y=round(height - BOTTOM - column_height, 1),
                width=column_width,
                height=column_height,
                axis_label=str(axis_labels[index]) if index % 2 == 0 else "",
                axis_x=mirror.x(start),
                middle=round(mirror.x(start + column_width / 2), 1),
            )
        )
    chart_table = None
    if table:
        chart_table = ChartTable(
            caption=str(title),
            first_column=str(first_column),
            columns=(str(value_heading),),
            rows=tuple((column.label, (str(column.value),)) for column in columns),
        )
    return ColumnChart(
        chart_id=chart_id,
        title=str(title),
        description="; ".join(f"{column.label}: {column.value}" for column in columns),
        width=width,
        height=height,
        baseline=height - BOTTOM,
        colour=colour,
        columns=tuple(columns),
        direction=mirror.direction,
        axis_anchor=mirror.anchor(toward_start=False),
        css_class=css_class,
        table=chart_table,
        caption=str(caption),
    )
