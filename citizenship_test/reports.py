"""What the coordinators' and facilitators' screens show, gathered from `aggregates` and
`charts`: a fixed number of queries whatever the number of completions."""

from django.utils.translation import gettext_lazy as _

from citizenship_test.aggregates import (
    MIN_DEMOGRAPHIC_GROUP,
    MIN_EVENT_GROUP,
    SCORES,
    band_counts,
    compare,
    demographic_breakdowns,
    distributions,
    monthly_figures,
    summarise,
)
from citizenship_test.charts import average_bars, fill_months, histograms, score_label, trend_chart
from citizenship_test.components import AGE_BANDS, COMPONENTS, YEARS_IN_CITY_BANDS
from citizenship_test.models import Completion
from citizenship_test.results import chart_height

__all__ = ["city_report", "demographic_questions", "session_report"]


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


def city_report(customisation):
    """Everything the city's results screen shows, in three queries."""
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
        "trend": trend_chart(monthly),
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
        bars = average_bars(summary)
        report.update(
            {
                "bars": bars,
                "chart_height": chart_height(bars),
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
