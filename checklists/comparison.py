"""A self-check's overall score beside the average of the city's and the network's
self-checks of the same checklist tool, from the anonymous monthly tallies.

An average is shown only once its group holds `MIN_COMPARISON_GROUP` scored self-checks (the
framework's `tools.comparison` decides and draws); below that the resident is told so plainly.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from checklists.periods import city_months, city_series
from tools.charts import BarRow
from tools.comparison import MIN_COMPARISON_GROUP, Comparison, Sentences, city_and_network
from tools.comparison import comparisons as compare
from tools.disclosure import closed_block_rows

__all__ = ["MIN_COMPARISON_GROUP", "Comparison", "comparisons"]

SENTENCES = Sentences(
    city_title=gettext_lazy("Your score and the average in %(city)s"),
    city_too_few=gettext_lazy(
        "Fewer than %(count)s self-checks have been completed in %(city)s so far, so "
        "there is no city average to compare with yet."
    ),
    network_title=gettext_lazy("Your score and the network's average"),
    network_too_few=gettext_lazy(
        "Fewer than %(count)s self-checks have been completed across the network so "
        "far, so there is no network average to compare with yet."
    ),
)


def _average(rows):
    scored = sum(row["scored"] for row in rows)
    total = sum(row["score_sum"] or 0 for row in rows)
    return scored, (total / scored if scored else None)


def comparisons(customisation, overall):
    """[Comparison] of the city, then the network, for a self-check scored `overall`.

    Only each city's closed reporting periods count (`tools.disclosure`): an average moves by
    whole periods of residents, never by the one who finished a minute ago, whose score the
    difference would give away. Two queries."""
    closed = closed_block_rows(
        city_months(customisation.content_type_id),
        timezone.localdate(),
        group=lambda row: row["customisation__city__translation_key"],
        count="scored",
        series=city_series(customisation.content_type_id),
    )
    network_rows = [row for _city, _block, inside in closed for row in inside]
    city_rows = [
        row
        for city, _block, inside in closed
        if city == customisation.city.translation_key
        for row in inside
    ]
    city_count, city_average = _average(city_rows)
    network_count, network_average = _average(network_rows)
    city = customisation.city.title
    groups = city_and_network(
        SENTENCES,
        city=city,
        city_count=city_count,
        city_average=city_average,
        network_count=network_count,
        network_average=network_average,
    )

    def rows(group):
        # A self-check with no scored answer has nothing to set beside the average.
        if overall is None:
            return None
        return [BarRow(_("Your score"), overall, reference=group.average, emphasis=True)]

    return compare(
        groups,
        rows,
        city=city,
        chart_id="checklist-compare",
        spoken_text=lambda score: f"{score}/100",
        first_column=_("Score"),
    )
