"""A self-check's overall score beside the average of the city's and the network's
self-checks of the same checklist tool, from the anonymous monthly tallies.

An average is shown only once its group holds `MIN_COMPARISON_GROUP` scored self-checks;
below that the resident is told so plainly.
"""

from dataclasses import dataclass

from django.db.models import Sum
from django.utils.translation import gettext as _

from checklists.models import SelfCheckTally
from tools.charts import BarRow, bar_chart

__all__ = ["MIN_COMPARISON_GROUP", "Comparison", "comparisons"]

#: An average is shown from this many scored self-checks in its group.
MIN_COMPARISON_GROUP = 20


@dataclass(frozen=True)
class Comparison:
    key: str
    count: int
    chart: object = None
    too_few: str = ""


def _average(tallies):
    row = tallies.aggregate(scored=Sum("scored"), total=Sum("score_sum"))
    scored = row["scored"] or 0
    return scored, (row["total"] / scored if scored else None)


def comparisons(customisation, overall):
    """[Comparison] of the city, then the network, for a self-check scored `overall`."""
    same_tool = SelfCheckTally.objects.filter(tool__content_type=customisation.content_type_id)
    city_tallies = same_tool.filter(tool__city__translation_key=customisation.city.translation_key)
    city = customisation.city.title
    found = []
    for key, tallies, title, label, too_few in (
        (
            "city",
            city_tallies,
            _("Your score and the average in %(city)s") % {"city": city},
            _("Average in %(city)s") % {"city": city},
            _(
                "Fewer than %(count)s self-checks have been completed in %(city)s so far, so "
                "there is no city average to compare with yet."
            )
            % {"count": MIN_COMPARISON_GROUP, "city": city},
        ),
        (
            "network",
            same_tool,
            _("Your score and the network's average"),
            _("Network average"),
            _(
                "Fewer than %(count)s self-checks have been completed across the network so "
                "far, so there is no network average to compare with yet."
            )
            % {"count": MIN_COMPARISON_GROUP},
        ),
    ):
        count, average = _average(tallies)
        if count < MIN_COMPARISON_GROUP or overall is None:
            found.append(Comparison(key=key, count=count, too_few=too_few))
            continue
        chart = bar_chart(
            [BarRow(_("Your score"), overall, reference=average, emphasis=True)],
            title=title,
            chart_id=f"checklist-compare-{key}",
            reference_label=label,
            spoken_text=lambda score: f"{score}/100",
            table=True,
            first_column=_("Score"),
            value_heading=_("Your score"),
        )
        found.append(Comparison(key=key, count=count, chart=chart))
    return found
