"""A resident's scores beside the averages of their city and of the whole network.

An average is shown only once its group holds `MIN_COMPARISON_GROUP` completed tests (the
framework's `tools.comparison` decides and draws), and it counts only the closed reporting
blocks of each city (`citizenship_test.published`), as every published figure does.
The averages are read in a few aggregate queries and kept in the cache for a few minutes, so a
busy results page does not recount every completion.
"""

from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citizenship_test.components import component_label
from citizenship_test.published import Readings, network_summary
from tools.charts import BarRow
from tools.comparison import MIN_COMPARISON_GROUP, Comparison, Sentences, city_and_network
from tools.comparison import comparisons as compare

__all__ = ["MIN_COMPARISON_GROUP", "Comparison", "comparisons"]

#: How long the averages are kept before they are counted again (seconds).
AVERAGES_KEPT = 300

SENTENCES = Sentences(
    city_title=gettext_lazy("Your scores and the average in %(city)s"),
    city_too_few=gettext_lazy(
        "Fewer than %(count)s people have taken this test in %(city)s so far, so "
        "there is no city average to compare with yet."
    ),
    network_title=gettext_lazy("Your scores and the network's average"),
    network_too_few=gettext_lazy(
        "Fewer than %(count)s people have taken this test across the network so far, "
        "so there is no network average to compare with yet."
    ),
)


def _summaries(customisation):
    key = f"citizenship_test:averages:{customisation.city.translation_key}"
    found = cache.get(key)
    if found is None:
        # The closed reporting blocks only (`published`): the averages change by whole blocks
        # of residents, never by the one resident who finished the test a minute ago.
        readings = Readings()
        found = (
            readings.summary(customisation.city.translation_key),
            network_summary(readings),
        )
        cache.set(key, found, AVERAGES_KEPT)
    return found


def comparisons(customisation, scores):
    """[Comparison] for the city, then the network, of `scores` (a TestScores)."""
    city_summary, network_summary = _summaries(customisation)
    city = customisation.city.title
    groups = city_and_network(
        SENTENCES,
        city=city,
        city_count=city_summary.count,
        city_average=city_summary,
        network_count=network_summary.count,
        network_average=network_summary,
    )
    overall = _("Overall")

    def rows(group):
        summary = group.average
        found = [
            BarRow(component_label(component), score, reference=summary.averages.get(component))
            for component, score in scores.components.items()
            if score is not None
        ]
        found.append(BarRow(overall, scores.overall, reference=summary.overall, emphasis=True))
        return found

    return compare(
        groups,
        rows,
        city=city,
        chart_id="ct-compare",
        spoken_text=lambda score: _("no score") if score is None else f"{score}/100",
        css_class="ct-chart ct-chart--compare",
        first_column=_("Component"),
    )
