"""What a results page, a printable report and a PDF show, computed once for all three."""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

from checklists.scoring import (
    follow_ups,
    in_place,
    overall_score,
    rounded,
    score_sections,
    score_text,
)
from tools.charts import BarRow, bar_chart, trend_chart

__all__ = ["PDF_STYLESHEETS", "Results", "assessment_trend", "build_results"]

#: The reports' stylesheets in a PDF (`tools.pdf`): the charts' own rules (their words laid
#: out as HTML), then the report's (its Arabic typeface among them).
PDF_STYLESHEETS = ("tools/charts.css", "checklists/report-pdf.css")


@dataclass
class Results:
    """Scores, what is in place and what to do next, for one set of answers."""

    section_scores: list
    overall: float | None
    in_place: list
    follow_ups: list
    chart: object
    evidence: dict

    @property
    def overall_rounded(self):
        return rounded(self.overall)

    @property
    def answered(self):
        return sum(sum(score.counts.values()) for score in self.section_scores)

    @property
    def unanswered(self):
        return sum(score.unanswered for score in self.section_scores)


def build_results(sections, answers):
    """`Results` of `answers` to `sections` (see `checklists.scoring` for the rules)."""
    scores = score_sections(sections, answers)
    evidence = {
        question_id: value.get("evidence", "")
        for question_id, value in answers.items()
        if isinstance(value, dict) and value.get("evidence")
    }
    return Results(
        section_scores=scores,
        overall=overall_score(scores),
        in_place=in_place(sections, answers),
        follow_ups=follow_ups(sections, answers),
        chart=bar_chart(
            [BarRow(score.section.title, score.percent) for score in scores],
            title=_("Score per section"),
            chart_id="sections-chart",
            value_text=score_text,
        ),
        evidence=evidence,
    )


def assessment_trend(assessments):
    """(rows, chart) of published assessments, oldest first: rows are the assessments with
    their label, the chart a line through their overall scores."""
    rows = sorted(
        (assessment for assessment in assessments if assessment.is_published),
        key=lambda assessment: (assessment.assessed_on, assessment.pk),
    )
    # The points are evenly spaced: assessments are yearly or so, and their dates say when.
    scored = [assessment for assessment in rows if assessment.score is not None]
    chart = trend_chart(
        [formats.date_format(assessment.assessed_on, "DATE_FORMAT") for assessment in scored],
        [(_("Overall score"), [assessment.score for assessment in scored])],
        title=_("Overall score over time"),
        chart_id="trend-chart",
        max_value=100,
        gridlines=(0, 50, 100),
        width=400,
        height=220,
        max_labels=len(scored) or 1,
        show_values=True,
        value_text=lambda percent: str(rounded(percent)),
    )
    return rows, chart
