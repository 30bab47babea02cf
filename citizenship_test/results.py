"""Shareable results: the scores signed into a URL token, and the bar chart's geometry.

The token holds the four component scores and the overall score, nothing else: no answers,
no date, no database id. It is signed with a salt bound to the city (every language version),
so it cannot be forged or moved to another city's test; it does not expire, as a shared link
should keep working.
"""

from dataclasses import dataclass

from django.core import signing

from citizenship_test.components import COMPONENTS, component_label
from citizenship_test.scoring import TestScores

__all__ = ["ChartBar", "chart_bars", "load_results_token", "results_token"]

RESULTS_SALT = "citizenship_test.results"


def _salt(customisation):
    return f"{RESULTS_SALT}:{customisation.city.translation_key}"


def _valid_score(value):
    return value is None or (isinstance(value, int) and 0 <= value <= 100)


def results_token(customisation, scores):
    """A URL-safe signed token of `scores` (a TestScores) for the city's results link."""
    return signing.dumps({"s": scores.as_list(), "o": scores.overall}, salt=_salt(customisation))


def load_results_token(customisation, token):
    """The TestScores in `token`; raises signing.BadSignature when it was tampered with."""
    data = signing.loads(token, salt=_salt(customisation))
    values = data.get("s") if isinstance(data, dict) else None
    overall = data.get("o") if isinstance(data, dict) else None
    if (
        not isinstance(values, list)
        or len(values) != len(COMPONENTS)
        or not all(_valid_score(value) for value in values)
        or not _valid_score(overall)
    ):
        raise signing.BadSignature("Unexpected results payload")
    return TestScores(components=dict(zip(COMPONENTS, values, strict=True)), overall=overall)


@dataclass(frozen=True)
class ChartBar:
    """One row of the results chart, in SVG user units (the chart is 100 + margins wide)."""

    label: str
    score: int | None
    y: int
    width: float
    overall: bool = False


#: Chart geometry (SVG user units): each row has a label line and a bar.
ROW_HEIGHT = 46
BAR_OFFSET = 20
BAR_HEIGHT = 16
BAR_SCALE = 2.6  # 100 points = 260 units


def chart_bars(scores, overall_label):
    """The bars of the results chart: one per component asked, then the overall score."""
    bars = []
    rows = [
        (component_label(component), score, False)
        for component, score in scores.components.items()
        if score is not None
    ]
    rows.append((overall_label, scores.overall, True))
    for index, (label, score, is_overall) in enumerate(rows):
        bars.append(
            ChartBar(
                label=str(label),
                score=score,
                y=index * ROW_HEIGHT,
                width=round((score or 0) * BAR_SCALE, 1),
                overall=is_overall,
            )
        )
    return bars


def chart_height(bars):
    return len(bars) * ROW_HEIGHT
