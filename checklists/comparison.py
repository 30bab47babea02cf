"""A self-check's overall score beside the average of the city's and the network's
self-checks of the same checklist tool, from the anonymous monthly tallies.

An average is shown only once its group holds `MIN_COMPARISON_GROUP` scored self-checks (the
framework's `tools.comparison` decides and draws); below that the resident is told so plainly.
"""

from django.db.models import Sum
from django.utils.translation import gettext as _

from checklists.models import SelfCheckTally
from tools.charts import BarRow
from tools.comparison import MIN_COMPARISON_GROUP, Comparison, Group
from tools.comparison import comparisons as compare

__all__ = ["MIN_COMPARISON_GROUP", "Comparison", "comparisons"]


def _average(tallies):
    row = tallies.aggregate(scored=Sum("scored"), total=Sum("score_sum"))
    scored = row["scored"] or 0
    return scored, (row["total"] / scored if scored else None)


def comparisons(customisation, overall):
    """[Comparison] of the city, then the network, for a self-check scored `overall`."""
    same_tool = SelfCheckTally.objects.filter(tool__content_type=customisation.content_type_id)
    city_tallies = same_tool.filter(tool__city__translation_key=customisation.city.translation_key)
    city = customisation.city.title
    city_count, city_average = _average(city_tallies)
    network_count, network_average = _average(same_tool)
    groups = [
        Group(
            key="city",
            count=city_count,
            average=city_average,
            title=_("Your score and the average in %(city)s") % {"city": city},
            too_few=_(
                "Fewer than %(count)s self-checks have been completed in %(city)s so far, so "
                "there is no city average to compare with yet."
            )
            % {"count": MIN_COMPARISON_GROUP, "city": city},
        ),
        Group(
            key="network",
            count=network_count,
            average=network_average,
            title=_("Your score and the network's average"),
            too_few=_(
                "Fewer than %(count)s self-checks have been completed across the network so "
                "far, so there is no network average to compare with yet."
            )
            % {"count": MIN_COMPARISON_GROUP},
        ),
    ]

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
