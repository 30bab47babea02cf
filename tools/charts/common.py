"""What every chart shares: the reading direction, the mirror, number formatting, the table."""

from dataclasses import dataclass

from django.utils import translation

__all__ = ["PALETTE", "ChartTable", "Mirror", "is_rtl", "number_text", "shorten"]

#: (colour, dash pattern) per series: colours keep a 3:1 contrast on white, and each line has
#: its own dash pattern so that series stay apart for readers who do not see colours.
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


def is_rtl(rtl):
    """`rtl` itself, or the direction of the active language when it is None."""
    return translation.get_language_bidi() if rtl is None else bool(rtl)


def number_text(value):
    """A value as drawn on a chart: a whole number when it is one, a dash when there is none."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return str(int(value + 0.5)) if value >= 0 else str(round(value))
    return str(value)


def shorten(text, limit):
    """`text` cut to `limit` characters with an ellipsis (the table keeps it whole)."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Mirror:
    """Turns x positions measured from the inline start into SVG coordinates."""

    width: float
    rtl: bool

    def x(self, x):
        return round(self.width - x if self.rtl else x, 1)

    def box(self, x, width):
        """The left edge of a box that starts at `x` (inline start) and is `width` wide."""
        return round(self.width - x - width if self.rtl else x, 1)

    @property
    def direction(self):
        return "rtl" if self.rtl else "ltr"

    def anchor(self, toward_start):
        """text-anchor of a number (drawn left to right) that should end toward the inline
        start (`toward_start`) or begin toward the inline end of the chart."""
        if toward_start:
            return "start" if self.rtl else "end"
        return "end" if self.rtl else "start"


@dataclass(frozen=True)
class ChartTable:
    """A chart's numbers for reading: `columns` head the value cells, one row per label."""

    caption: str
    first_column: str
    columns: tuple
    rows: tuple  # ((label, (cell text, ...)), ...)
