"""Horizontal score bars: a label line, then the bar on its track and the value after it."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from tools.charts.common import ChartTable, Mirror, is_rtl, number_text, shorten

__all__ = ["BarChart", "BarRow", "bar_chart", "profile_chart"]

ROW_HEIGHT = 46  # a label line and a bar under it
LABEL_BASELINE = 14
BAR_TOP = 20
BAR_HEIGHT = 16
VALUE_BASELINE = 33
INLINE_PADDING = 4
VALUE_ROOM = 52  # after the track: the longest value, "100 %" at 13 units
CHARACTER_WIDTH = 7.2  # of a 12-14 unit label, to cut labels that would overflow


@dataclass(frozen=True)
class BarRow:
    """One bar: `value` from 0 to the chart's maximum (None: no score, no bar)."""

    label: str
    value: float | None
    reference: float | None = None
    emphasis: bool = False


@dataclass(frozen=True)
class Bar:
    label: str  # cut to fit; `full_label` for the table and the description
    full_label: str
    value: float | None
    text: str
    spoken: str
    reference: float | None
    reference_text: str
    emphasis: bool
    label_x: float
    label_y: int
    track_x: float
    bar_x: float
    bar_y: int
    bar_width: float
    value_x: float
    value_y: int
    reference_x: float | None


@dataclass(frozen=True)
class BarChart:
    kind = "bars"
    chart_id: str
    title: str
    description: str
    width: int
    height: int
    bars: tuple
    direction: str
    value_anchor: str
    track_width: float
    bar_height: int
    css_class: str
    reference_label: str
    table: ChartTable | None

    @property
    def has_references(self):
        return any(bar.reference is not None for bar in self.bars)


def bar_chart(
    rows,
    *,
    title,
    chart_id="chart",
    max_value=100,
    width=400,
    rtl=None,
    value_text=number_text,
    spoken_text=None,
    reference_label="",
    description=None,
    css_class="",
    table=False,
    value_heading="",
    first_column="",
):
    """A `BarChart` of `rows` (`BarRow`s), each bar `value / max_value` of the track.

    `value_text(value)` is the number drawn after a bar, `spoken_text(value)` the one in the
    description (the same by default); `reference_label` names the rows' references ("Network
    average") in the description, the legend and the table; `first_column` heads the table's
    column of labels (an empty heading is an accessibility fault: name it).
    """
    mirror = Mirror(width, is_rtl(rtl))
    spoken_text = spoken_text or value_text
    track = width - 2 * INLINE_PADDING - VALUE_ROOM
    limit = max(int((width - 2 * INLINE_PADDING) / CHARACTER_WIDTH), 8)
    bars = []
    for index, row in enumerate(rows):
        top = index * ROW_HEIGHT
        share = 0 if row.value is None or not max_value else min(row.value / max_value, 1)
        bar_width = round(max(track * share, 2) if row.value else 0, 1)
        reference_x = None
        if row.reference is not None and max_value:
            at = INLINE_PADDING + track * min(row.reference / max_value, 1)
            reference_x = mirror.x(at)
        bars.append(
            Bar(
                label=shorten(row.label, limit),
                full_label=str(row.label),
                value=row.value,
                text=value_text(row.value),
                spoken=str(spoken_text(row.value)),
                reference=row.reference,
                reference_text=value_text(row.reference),
                emphasis=row.emphasis,
                label_x=mirror.x(INLINE_PADDING),
                label_y=top + LABEL_BASELINE,
                track_x=mirror.box(INLINE_PADDING, track),
                bar_x=mirror.box(INLINE_PADDING, bar_width),
                bar_y=top + BAR_TOP,
                bar_width=bar_width,
                value_x=mirror.x(INLINE_PADDING + track + 6),
                value_y=top + VALUE_BASELINE,
                reference_x=reference_x,
            )
        )
    if description is None:
        parts = []
        for bar in bars:
            part = f"{bar.full_label}: {bar.spoken}"
            if bar.reference is not None:
                part += f" ({reference_label or _('average')}: {bar.reference_text})"
            parts.append(part)
        description = "; ".join(parts)
    chart_table = None
    if table:
        columns = [value_heading or _("Score")]
        if any(bar.reference is not None for bar in bars):
            columns.append(reference_label or _("Average"))
        chart_table = ChartTable(
            caption=str(title),
            first_column=str(first_column),
            columns=tuple(str(column) for column in columns),
            rows=tuple(
                (
                    bar.full_label,
                    (bar.text, bar.reference_text)[: len(columns)],
                )
                for bar in bars
            ),
        )
    return BarChart(
        chart_id=chart_id,
        title=str(title),
        description=str(description),
        width=width,
        height=max(len(bars), 1) * ROW_HEIGHT,
        bars=tuple(bars),
        direction=mirror.direction,
        value_anchor=mirror.anchor(toward_start=False),
        track_width=track,
        bar_height=BAR_HEIGHT,
        css_class=css_class,
        reference_label=str(reference_label),
        table=chart_table,
    )


def profile_chart(values, *, title, averages=None, overall=False, **options):
    """Bars of a profile: `values` are (label, value) pairs in order, each drawn against its
    average in `averages` (a dict by label) when there is one; with `overall=True` the last
    pair is the overall score and is emphasised. Other options as for `bar_chart`."""
    averages = averages or {}
    values = list(values)
    rows = [
        BarRow(
            label=label,
            value=value,
            reference=averages.get(label),
            emphasis=overall and index == len(values) - 1,
        )
        for index, (label, value) in enumerate(values)
    ]
    return bar_chart(rows, title=title, **options)
