"""A resident's result beside the averages of their city and of the whole network, for every
tool that shows one (the citizenship test's scores, a checklist's self-check).

An average is shown only once its group holds `MIN_COMPARISON_GROUP` answers: with fewer, one
resident's answers would weigh too much (and could be guessed), so the resident is told
plainly that there is no average yet. Each tool counts its groups and writes its own sentences
(`Sentences`); this module names the groups (`city_and_network`), decides which group gets a
chart and draws it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from tools.charts import bar_chart

__all__ = [
    "MIN_COMPARISON_GROUP",
    "Comparison",
    "Group",
    "Sentences",
    "city_and_network",
    "comparisons",
]

#: An average is shown from this many answers in its group.
MIN_COMPARISON_GROUP = 20


@dataclass(frozen=True)
class Group:
    """One group to compare with, as the tool counted and named it.

    `key` is "city" or "network"; `average` is whatever the tool's `rows` needs to draw the
    group's references (a summary, a number); `title` names the chart and `too_few` says why
    there is none.
    """

    key: str
    count: int
    average: object
    title: str
    too_few: str


@dataclass(frozen=True)
class Sentences:
    """A tool's own words for its two groups (lazy translations): each chart's title and the
    sentence that says why a group has no average yet. The framework fills in `%(city)s` (the
    city's name) and `%(count)s` (`MIN_COMPARISON_GROUP`); the network's title takes neither."""

    city_title: str
    city_too_few: str
    network_title: str
    network_too_few: str


def city_and_network(sentences, *, city, city_count, city_average, network_count, network_average):
    """[Group] of the city named `city`, then of the network, titled in the tool's `sentences`:
    what a tool passes to `comparisons`."""
    values = {"city": city, "count": MIN_COMPARISON_GROUP}
    return [
        Group(
            key="city",
            count=city_count,
            average=city_average,
            title=sentences.city_title % values,
            too_few=sentences.city_too_few % values,
        ),
        Group(
            key="network",
            count=network_count,
            average=network_average,
            title=str(sentences.network_title),
            too_few=sentences.network_too_few % values,
        ),
    ]


@dataclass(frozen=True)
class Comparison:
    """One group (the city, or the network): its chart, or why there is none yet."""

    key: str
    count: int
    chart: object = None
    too_few: str = ""


def comparisons(groups, rows, *, city, chart_id, **chart_options):
    """[Comparison] for each of `groups` (of the city titled `city`, or of the network), in order.

    A group with at least `MIN_COMPARISON_GROUP` answers is drawn as a bar chart of
    `rows(group)` (a list of `BarRow`; empty or None when the resident has nothing to compare),
    with the id `<chart_id>-<key>`; `chart_options` go to `bar_chart`. Any other group gets its
    `too_few` sentence.
    """
    reference_labels = {
        "city": _("Average in %(city)s") % {"city": city},
        "network": _("Network average"),
    }
    found = []
    for group in groups:
        bars = rows(group) if group.count >= MIN_COMPARISON_GROUP else None
        if not bars:
            found.append(Comparison(key=group.key, count=group.count, too_few=group.too_few))
            continue
        chart = bar_chart(
            bars,
            title=group.title,
            chart_id=f"{chart_id}-{group.key}",
            reference_label=reference_labels[group.key],
            table=True,
            value_heading=_("Your score"),
            **chart_options,
        )
        found.append(Comparison(key=group.key, count=group.count, chart=chart))
    return found
