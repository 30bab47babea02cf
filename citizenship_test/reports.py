"""What the coordinators' and facilitators' screens show, gathered from `aggregates` and
`tools.charts`: a fixed number of queries whatever the number of completions."""

from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from citizenship_test.aggregates import (
    BIN_WIDTH,
    MIN_DEMOGRAPHIC_GROUP,
    MIN_EVENT_GROUP,
    SCORES,
    band_counts,
    bin_labels,
    compare,
    demographic_breakdowns,
    distributions,
    fill_months,
    monthly_figures,
    summarise,
)
from citizenship_test.components import AGE_BANDS, COMPONENTS, YEARS_IN_CITY_BANDS, component_label
from citizenship_test.models import Completion
from citizenship_test.results import score_chart
from citizenship_test.scoring import TestScores
from tools.charts import TrendSeries, column_chart, trend_chart

__all__ = [
    "SERIES_STYLES",
    "average_bars",
    "city_report",
    "demographic_questions",
    "histograms",
    "monthly_trend",
    "score_label",
    "session_report",
]

#: (colour, dash pattern) per score; colours keep a 4.5:1 contrast on white.
SERIES_STYLES = {
    "knowledge": ("#1d4f91", ""),
    "competences": ("#9a3412", "8 4"),
    "diversity": ("#047857", "2 4"),
    "action": ("#6d28d9", "12 4 3 4"),
    "overall": ("#111827", ""),
}
#: At most this many months are named along the trend's time axis.
MAX_MONTH_LABELS = 8


def score_label(score):
    """The translated name of a component, or "Overall"."""
    return _("Overall") if score == "overall" else component_label(score)


def _whole(value):
    return None if value is None else int(value + 0.5)


def average_bars(summary, *, title):
    """Bars of the average score per component and overall, as the results chart has them."""
    averages = summary.averages
    scores = TestScores(
        components={score: _whole(averages.get(score)) for score in SCORES[:-1]},
        overall=_whole(averages.get("overall")),
    )
    return score_chart(scores, title=title, chart_id="ct-group-chart", overall_label=_("Overall"))


def monthly_trend(monthly):
    """The line chart of the averages per month (a month without completions is a gap), or
    None when there is nothing to draw."""
    monthly = fill_months(monthly)
    if not monthly:
        return None
    return trend_chart(
        [formats.date_format(row.month, "M Y") for row in monthly],
        [
            TrendSeries(
                score_label(score),
                [row.averages.get(score) for row in monthly],
                colour=SERIES_STYLES[score][0],
                dash=SERIES_STYLES[score][1],
                emphasis=score == "overall",
            )
            for score in SCORES
        ],
        title=gettext("Average scores per month, out of 100 (the table below gives the figures)"),
        chart_id="ct-trend",
        max_value=100,
        max_labels=MAX_MONTH_LABELS,
        css_class="ct-trend",
    )


def histograms(distributions):
    """A column chart per score of `aggregates.distributions()`: how many people scored in
    each range of ten points, the tallest range filling the plot."""
    labels = bin_labels()
    lows = [str(index * BIN_WIDTH) for index in range(len(labels))]
    return [
        column_chart(
            labels,
            distributions[score],
            title=gettext("%(label)s: how many people scored in each range of ten points")
            % {"label": score_label(score)},
            chart_id=f"ct-hist-{score}",
            caption=score_label(score),
            axis_labels=lows,
            colour=SERIES_STYLES[score][0],
            css_class="ct-histogram",
        )
        for score in SCORES
    ]


def _score_rows(summary):
    """[(label, average, answered)] per component and overall, for tables."""
    return [
        (score_label(score), summary.averages.get(score), summary.answered.get(score, 0))
        for score in SCORES
    ]


def _values(averages):
    """The averages in the order of `SCORES`, for table columns."""
    return [averages.get(score) for score in SCORES]


def _asked_questions(customisation):
    """[(title, field name, choices)] of the demographic questions the city asks."""
    return [
        (title, field_name, choices)
        for asked, title, field_name, choices in [
            (customisation.ask_age_band, _("age band"), "age_band", AGE_BANDS),
            (
                customisation.ask_years_in_city,
                _("years in the city"),
                "years_in_city",
                YEARS_IN_CITY_BANDS,
            ),
        ]
        if asked
    ]


def demographic_questions(customisation):
    """[(field name, choices)] of the demographic questions the city asks, for the export."""
    questions = _asked_questions(customisation)
    return [(field_name, choices) for _title, field_name, choices in questions]


def city_report(customisation, completions=None):
    """Everything the city's results screen shows, in three queries; `completions` narrows it
    (the screen's filters), all of the city's by default."""
    if completions is None:
        completions = Completion.objects.for_city(customisation.city)
    summary, monthly, bins = monthly_figures(completions)
    network = summarise(Completion.objects.all())
    questions = _asked_questions(customisation)
    found = demographic_breakdowns(
        completions, [(field_name, choices) for _title, field_name, choices in questions]
    )
    breakdowns = []
    for title, field_name, _choices in questions:
        breakdown = found[field_name]
        rows = [{**row, "values": _values(row["averages"])} for row in breakdown.rows]
        breakdowns.append((title, breakdown, rows))
    return {
        "summary": summary,
        "score_rows": _score_rows(summary),
        "network": network,
        "comparison": [
            (score_label(score), mine, theirs, difference)
            for score, mine, theirs, difference in compare(summary, network)
        ],
        "monthly": [
            {"month": row.month, "count": row.count, "values": _values(row.averages)}
            for row in fill_months(monthly)
        ],
        "trend": monthly_trend(monthly),
        "histograms": histograms(bins) if summary.count else [],
        "breakdowns": breakdowns,
        "score_labels": [score_label(score) for score in SCORES],
        "min_demographic_group": MIN_DEMOGRAPHIC_GROUP,
    }


def session_report(session):
    """The group's aggregate for the facilitator's screen (one or two queries).

    Below `MIN_EVENT_GROUP` answers only the count is given, never an average.
    """
    completions = Completion.objects.for_session(session)
    summary = summarise(completions)
    report = {
        "summary": summary,
        "shown": summary.count >= MIN_EVENT_GROUP,
        "min_group": MIN_EVENT_GROUP,
        "missing": max(MIN_EVENT_GROUP - summary.count, 0),
    }
    if report["shown"]:
        bins = distributions(completions)
        report.update(
            {
                "chart": average_bars(
                    summary, title=gettext("Average scores of the group, out of 100")
                ),
                "component_rows": [
                    (
                        score_label(component),
                        summary.averages.get(component),
                        band_counts(bins[component]),
                    )
                    for component in COMPONENTS
                ],
            }
        )
    return report
