"""Server-drawn SVG charts, shared by every tool: score bars, a profile against averages, a
trend line across dates or rounds, and columns of a distribution.

Each function returns the chart's geometry (frozen dataclasses in SVG user units); the template
`tools/charts/chart.html` draws it, so the charts show without JavaScript, in the embed, in
print and in a PDF. Draw one with the template tag::

    {% load tool_charts %}
    {% tool_chart chart %}            {# the figure, its legend, and its data table when asked #}

Every chart has a title and a description (`<title>`, `<desc>`, `role="img"`) and its numbers
as `chart.table` (a caption, column headings and rows), drawn as a table after the figure
when the chart was made with `table=True` (pages that already show the figures in a table of
their own leave it off).

Right to left (`rtl=True`, or `None` for the current language's direction): the geometry is
mirrored, so bars grow from the right, the vertical axis stands on the right and time runs
from right to left; labels are anchored at their start in the reading direction, and every
number is drawn as its own left-to-right text so that digits, signs and percentages never
reorder. The `<svg>` carries a `direction` presentation attribute (never `dir`, which the
HTML validator refuses on SVG).

The API (all keyword arguments after the first):

- `bar_chart(rows, *, title, max_value=100, ...)`: one horizontal bar per `BarRow(label,
  value, reference=None, emphasis=False)`. A row's `reference` (an average to compare with)
  is drawn as a mark across the bar and named by `reference_label`.
- `profile_chart(values, *, title, averages=None, ...)`: `bar_chart` of (label, value) pairs,
  each against its average from `averages` (a dict by label), the last one emphasised when
  `overall=True`.
- `trend_chart(labels, series, *, title, max_value=None, ...)`: one line per
  `TrendSeries(name, values)` along `labels` (dates, years or rounds, oldest first); a None
  value is a gap in the line.
- `column_chart(labels, values, *, title, ...)`: vertical columns (a distribution).
"""

from tools.charts.bars import BarChart, BarRow, bar_chart, profile_chart
from tools.charts.columns import ColumnChart, column_chart
from tools.charts.common import PALETTE, ChartTable
from tools.charts.lines import TrendChart, TrendSeries, trend_chart

__all__ = [
    "PALETTE",
    "BarChart",
    "BarRow",
    "ChartTable",
    "ColumnChart",
    "TrendChart",
    "TrendSeries",
    "bar_chart",
    "column_chart",
    "profile_chart",
    "trend_chart",
]
