"""A resident's scores beside the averages of their city and of the whole network.

An average is shown only once its group holds `MIN_COMPARISON_GROUP` completed tests: with
fewer, one resident's answers would weigh too much (and could be guessed). The averages are
read in two aggregate queries and kept in the cache for a few minutes, so a busy results page
does not recount every completion.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext as _

from citizenship_test.aggregates import summarise
from citizenship_test.components import component_label
from citizenship_test.models import Completion
from tools.charts import BarRow, bar_chart

__all__ = ["MIN_COMPARISON_GROUP", "Comparison", "comparisons"]

#: An average is shown from this many completed tests in its group.
MIN_COMPARISON_GROUP = 20
#: How long the averages are kept before they are counted again (seconds).
AVERAGES_KEPT = 300


@dataclass(frozen=True)
class Comparison:
    """One group (the city, or the network): its chart, or why there is none yet."""

    key: str
    count: int
    chart: object = None
    too_few: str = ""


def _summaries(customisation):
    key = f"citizenship_test:averages:{customisation.city.translation_key}"
    found = cache.get(key)
    if found is None:
        found = (
            summarise(Completion.objects.for_city(customisation.city)),
            summarise(Completion.objects.all()),
        )
        cache.set(key, found, AVERAGES_KEPT)
    return found


def _chart(scores, summary, *, title, reference_label, chart_id, overall_label):
    rows = [
        BarRow(component_label(component), score, reference=summary.averages.get(component))
        for component, score in scores.components.items()
        if score is not None
    ]
    rows.append(BarRow(overall_label, scores.overall, reference=summary.overall, emphasis=True))
    return bar_chart(
        rows,
        title=title,
        chart_id=chart_id,
        reference_label=reference_label,
        spoken_text=lambda score: _("no score") if score is None else f"{score}/100",
        css_class="ct-chart ct-chart--compare",
        table=True,
        first_column=_("Component"),
        value_heading=_("Your score"),
    )


def comparisons(customisation, scores):
    """[Comparison] for the city, then the network, of `scores` (a TestScores)."""
    city_summary, network_summary = _summaries(customisation)
    city = customisation.city.title
    overall = _("Overall")
    found = []
    for key, summary, title, label, too_few in (
        (
            "city",
            city_summary,
            _("Your scores and the average in %(city)s") % {"city": city},
            _("Average in %(city)s") % {"city": city},
            _(
                "Fewer than %(count)s people have taken this test in %(city)s so far, so "
                "there is no city average to compare with yet."
            )
            % {"count": MIN_COMPARISON_GROUP, "city": city},
        ),
        (
            "network",
            network_summary,
            _("Your scores and the network's average"),
            _("Network average"),
            _(
                "Fewer than %(count)s people have taken this test across the network so far, "
                "so there is no network average to compare with yet."
            )
            % {"count": MIN_COMPARISON_GROUP},
        ),
    ):
        if summary.count < MIN_COMPARISON_GROUP:
            found.append(Comparison(key=key, count=summary.count, too_few=too_few))
            continue
        chart = _chart(
            scores,
            summary,
            title=title,
            reference_label=label,
            chart_id=f"ct-compare-{key}",
            overall_label=overall,
        )
        found.append(Comparison(key=key, count=summary.count, chart=chart))
    return found
