"""What the coordinators' and facilitators' screens show, gathered from `aggregates` and
`tools.charts`: a fixed number of queries whatever the number of completions."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from citizenship_test.aggregates import (
    BIN_WIDTH,
    SCORES,
    BlockRow,
    Summary,
    band_counts,
    bin_labels,
    block_figures,
    compare,
    distributions,
    summarise,
)
from citizenship_test.components import AGE_BANDS, COMPONENTS, YEARS_IN_CITY_BANDS, component_label
from citizenship_test.models import Completion
from citizenship_test.published import session_withheld
from citizenship_test.results import score_chart
from citizenship_test.scoring import TestScores
from tools.charts import TrendSeries, column_chart, trend_chart
from tools.disclosure import allowed, minimum

__all__ = [
    "SERIES_STYLES",
    "average_bars",
    "block_trend",
    "city_report",
    "demographic_questions",
    "export_rows",
    "histograms",
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


def _blank(averages, withheld):
    return {score: None if score in withheld else value for score, value in averages.items()}


def block_trend(rows):
    """The line chart of the averages per reporting block ([BlockRow]), or None with fewer
    than two blocks (a single point says nothing of a trend)."""
    if len(rows) < 2:
        return None
    return trend_chart(
        [row.block.label for row in rows],
        [
            TrendSeries(
                score_label(score),
                [row.averages.get(score) for row in rows],
                colour=SERIES_STYLES[score][0],
                dash=SERIES_STYLES[score][1],
                emphasis=score == "overall",
            )
            for score in SCORES
        ],
        title=gettext("Average scores per period, out of 100 (the table below gives the figures)"),
        chart_id="ct-trend",
        max_value=100,
        max_labels=MAX_MONTH_LABELS,
        css_class="ct-trend",
    )


def city_report(customisation, scope):
    """Everything the city's results screen shows for the figure `scope` allows (a
    `published.ResultsScope`), in a fixed number of queries: scores resting on too few people
    in some part of the figure are blank, and so are their charts."""
    completions = scope.completions()
    summary, rows, bins = block_figures(completions, scope.selected)
    withheld = scope.withheld_scores() if summary.count else set()
    summary = Summary(
        count=summary.count,
        averages=_blank(summary.averages, withheld),
        answered=summary.answered,
    )
    rows = [
        BlockRow(block=row.block, count=row.count, averages=_blank(row.averages, withheld))
        for row in rows
    ]
    network = scope.network()
    questions = _asked_questions(customisation)
    found = scope.breakdowns([(field_name, choices) for _title, field_name, choices in questions])
    breakdowns = []
    for title, field_name, _choices in questions if found else []:
        breakdown = found[field_name]
        shown = [
            {**row, "values": _values(_blank(row["averages"], withheld))} for row in breakdown.rows
        ]
        breakdowns.append((title, breakdown, shown))
    return {
        "summary": summary,
        "score_rows": _score_rows(summary),
        "network": network,
        "comparison": [
            (score_label(score), mine, theirs, difference)
            for score, mine, theirs, difference in compare(summary, network)
        ],
        "block_rows": rows,
        "blocks": [
            {"block": row.block, "count": row.count, "values": _values(row.averages)}
            for row in rows
        ],
        "trend": block_trend(rows),
        "histograms": [
            chart
            for score, chart in zip(SCORES, histograms(bins), strict=True)
            if score not in withheld
        ]
        if summary.count
        else [],
        "withheld_scores": [score_label(score) for score in SCORES if score in withheld],
        "breakdowns": breakdowns,
        "breakdowns_withheld": found is None and bool(questions),
        "score_labels": [score_label(score) for score in SCORES],
    }


def export_rows(report, questions):
    """The rows of the results export (`aggregates.CSV_HEADER`): what the screen shows for the
    same figure, the whole figure, each reporting block ("YYYY-MM/YYYY-MM"), and each
    demographic group shown; the others and those who did not say are counted, never
    averaged."""
    summary = report["summary"]
    yield ["all", "", summary.count, *_cells(summary.averages)]
    for row in report["block_rows"]:
        period = f"{row.block.first:%Y-%m}/{row.block.last:%Y-%m}"
        yield ["period", period, row.count, *_cells(row.averages)]
    blanks = [""] * len(SCORES)
    for (_title, breakdown, rows), (name, _choices) in zip(
        report["breakdowns"], questions, strict=False
    ):
        for row in rows:
            yield [name, row["value"], row["count"], *_cells(row["averages"])]
        if breakdown.hidden:
            yield [name, "groups not shown", breakdown.hidden, *blanks]
        if breakdown.not_said:
            yield [name, "not said", breakdown.not_said, *blanks]


def _cells(averages):
    return ["" if averages.get(score) is None else averages[score] for score in SCORES]


def session_report(session):
    """What the facilitator's screen shows of the group (two or three queries): how many have
    finished, and once the session is closed the group's figures, when the rule on published
    figures allows them (`published.session_withheld`); a score answered by too few in the
    group stays blank."""
    completions = Completion.objects.for_session(session)
    summary = summarise(completions)
    is_open = session.is_open()
    months = 0
    if not is_open and summary.count >= minimum():
        months = len(completions.dates("completed_on", "month"))
    withheld = session_withheld(is_open, summary.count, months)
    report = {"summary": summary, "shown": not withheld, "withheld": withheld}
    report["min_group"] = minimum()
    if withheld:
        return report
    hidden = {score for score in SCORES if not allowed([summary.answered.get(score, 0)])}
    shown = Summary(
        count=summary.count,
        averages={
            score: None if score in hidden else average
            for score, average in summary.averages.items()
        },
        answered=summary.answered,
    )
    bins = distributions(completions)
    report.update(
        {
            "summary": shown,
            "chart": average_bars(shown, title=gettext("Average scores of the group, out of 100")),
            "component_rows": [
                (
                    score_label(component),
                    shown.averages.get(component),
                    None if component in hidden else band_counts(bins[component]),
                )
                for component in COMPONENTS
            ],
        }
    )
    return report
