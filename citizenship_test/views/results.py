"""The results screen, reached from the wizard or from a shared link."""

from django.core import signing
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from citizenship_test.comparison import comparisons
from citizenship_test.components import COMPONENTS, component_label
from citizenship_test.feedback import BAND_TITLES, feedback_for
from citizenship_test.results import load_results_token, score_chart
from citizenship_test.scoring import band_for
from citizenship_test.views.common import questionnaire_for
from tools.screens import screen_url

__all__ = ["results"]

#: How many of the questions' ideas for action to show per component.
IDEAS_PER_COMPONENT = 3


def component_rows(customisation, questionnaire, scores):
    """Per component asked: score, band, feedback, ideas and the city's links."""
    rows = []
    asked = set(questionnaire.components())
    for component in COMPONENTS:
        score = scores.components.get(component)
        if score is None and component not in asked:
            continue
        band = band_for(score)
        questions = questionnaire.for_component(component)
        rows.append(
            {
                "component": component,
                "label": component_label(component),
                "score": score,
                "band": band,
                "band_title": BAND_TITLES.get(band, ""),
                "feedback": feedback_for(component, band),
                "ideas": [q.question.idea_for_action for q in questions][:IDEAS_PER_COMPONENT],
                "links": customisation.links_for(component),
                "questions": questions,
            }
        )
    return rows


def results(request, customisation, mode, token):
    """Scores, chart, feedback and ideas for action of one completed test."""
    try:
        scores = load_results_token(customisation, token)
    except signing.BadSignature:
        raise Http404 from None
    questionnaire = questionnaire_for(customisation, request)
    context = customisation.get_tool_context(request, mode)
    context.update(
        {
            "scores": scores,
            "rows": component_rows(customisation, questionnaire, scores),
            "chart": score_chart(
                scores,
                title=_("Your scores out of 100"),
                chart_id="ct-chart",
                overall_label=_("Overall"),
            ),
            "overall_band_title": BAND_TITLES.get(band_for(scores.overall), ""),
            "share_url": request.build_absolute_uri(
                screen_url(customisation, "results", token=token)
            ),
            "comparisons": comparisons(customisation, scores),
            "token": token,
            "share_action": screen_url(customisation, "share", embed=mode),
        }
    )
    return TemplateResponse(request, "citizenship_test/results.html", context)
