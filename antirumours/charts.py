"""Line charts drawn on the server as SVG geometry, so they work without JavaScript and in
the embed. The template `antirumours/charts/line.html` draws them; each chart is paired with
a data table for screen readers and for reading exact values."""

from dataclasses import dataclass, field

__all__ = ["LineChart", "Series", "line_chart"]

# Distinct colours that keep a 3:1 contrast on white, with a dash pattern each, so that
# series remain distinguishable without colour.
PALETTE = (
    ("#1d4f91", ""),
    ("#b3261e", "6 3"),
    ("#1b7a3d", "2 3"),
    ("#7a3db3", "8 3 2 3"),
    ("#a15c00", "4 4"),
    ("#00707a", "1 2"),
    ("#5a5a5a", "10 4"),
    ("#b0306e", "3 2 1 2"),
)

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 16, 40


@dataclass
class Series:
    name: str
    values: list
    colour: str = ""
    dash: str = ""
    points: list = field(default_factory=list)  # (x, y, value)

    @property
    def path(self):
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _value in self.points)


@dataclass
class LineChart:
    title: str
    labels: list
    series: list
    max_value: int
    width: int = WIDTH
    height: int = HEIGHT
    x_ticks: list = field(default_factory=list)  # (x, label)
    y_ticks: list = field(default_factory=list)  # (y, label)
    left: int = LEFT
    bottom_y: int = HEIGHT - BOTTOM
    right_x: int = WIDTH - RIGHT

    @property
    def rows(self):
        """(label, [value per series]) for the data table."""
        return [
            (label, [series.values[i] for series in self.series])
            for i, label in enumerate(self.labels)
        ]


def _nice_max(value):
    """A round upper bound for the vertical axis: four equal steps of 1, 2, 5, 10, 20, 25...

    At least 4, so that small counts still read well.
    """
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 4:
            return step * 4
    return -(-value // 4) * 4


def line_chart(title, labels, named_values, max_value=None):
    """Geometry of a line chart: `labels` along the bottom, one series per (name, values)."""
    top_value = max_value or _nice_max(
        max((v for _n, values in named_values for v in values), default=0)
    )
    chart = LineChart(title=title, labels=list(labels), series=[], max_value=top_value)
    plot_width = chart.right_x - LEFT
    plot_height = chart.bottom_y - TOP
    step = plot_width / max(len(labels) - 1, 1)

    def x_of(index):
        return LEFT + (index * step if len(labels) > 1 else plot_width / 2)

    def y_of(value):
        return chart.bottom_y - plot_height * (value / top_value if top_value else 0)

    # At most about six labels along the bottom, so they stay legible on a phone; the table
    # below the chart gives every one.
    stride = -(-len(labels) // 6) or 1
    chart.x_ticks = [(x_of(i), label) for i, label in enumerate(labels) if i % stride == 0]
    chart.y_ticks = [(y_of(top_value * k / 4), round(top_value * k / 4)) for k in range(5)]
    for position, (name, values) in enumerate(named_values):
        colour, dash = PALETTE[position % len(PALETTE)]
        series = Series(name=name, values=list(values), colour=colour, dash=dash)
        series.points = [(x_of(i), y_of(value), value) for i, value in enumerate(values)]
        chart.series.append(series)
    return chart
