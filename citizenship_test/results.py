"""Results links: the scores signed into a URL token, and their bar chart.

A token holds the four component scores and the overall score, nothing else: no answers,
no date, no database id. It is signed with a salt bound to the city (every language version),
so it cannot be forged or moved to another city's test; it does not expire, as a shared link
should keep working.

Two kinds, with salts of their own so that one never opens as the other: the results token
(the resident's own results page, with its feedback) and the share token, made only when the
resident asks for a link to share (`views.share`), which opens the public page of the score
and its preview image. Nothing is stored for either: the link is the record.
"""

from django.core import signing
from django.utils.translation import gettext as _

from citizenship_test.components import COMPONENTS, component_label
from citizenship_test.scoring import TestScores
from tools.charts import BarRow, bar_chart

__all__ = [
    "load_results_token",
    "load_share_token",
    "results_token",
    "score_chart",
    "share_token",
]

RESULTS_SALT = "citizenship_test.results"
SHARE_SALT = "citizenship_test.shared"


def _salt(customisation, kind=RESULTS_SALT):
    return f"{kind}:{customisation.city.translation_key}"


def _valid_score(value):
    return value is None or (isinstance(value, int) and 0 <= value <= 100)


def results_token(customisation, scores):
    """A URL-safe signed token of `scores` (a TestScores) for the city's results link."""
    return signing.dumps({"s": scores.as_list(), "o": scores.overall}, salt=_salt(customisation))


def share_token(customisation, scores):
    """A signed token of `scores` for the public page of a shared score."""
    return signing.dumps(
        {"s": scores.as_list(), "o": scores.overall}, salt=_salt(customisation, SHARE_SALT)
    )


def load_share_token(customisation, token):
    """The TestScores of a shared link; raises signing.BadSignature when forged."""
    return load_results_token(customisation, token, kind=SHARE_SALT)


def load_results_token(customisation, token, kind=RESULTS_SALT):
    """The TestScores in `token`; raises signing.BadSignature when it was tampered with."""
    data = signing.loads(token, salt=_salt(customisation, kind))
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


def score_chart(scores, *, title, chart_id, overall_label):
    """The bar chart of `scores` (a TestScores): one bar per component asked, then the
    overall score, emphasised; drawn by `tools.charts`."""
    rows = [
        BarRow(component_label(component), score)
        for component, score in scores.components.items()
        if score is not None
    ]
    rows.append(BarRow(overall_label, scores.overall, emphasis=True))
    return bar_chart(
        rows,
        title=title,
        chart_id=chart_id,
        spoken_text=lambda score: _("no score") if score is None else f"{score}/100",
        css_class="ct-chart",
    )
