"""Screens for groups and paper: the printable test and the facilitator's guide."""

from django.template.response import TemplateResponse

from citizenship_test.views.common import questionnaire_for

__all__ = ["facilitator_guide", "printable_test"]


def printable_test(request, customisation, mode):
    """Every question of the city's test on one page, with boxes to tick, for printing."""
    context = customisation.get_tool_context(request, mode)
    context["sections"] = questionnaire_for(customisation, request).by_component()
    return TemplateResponse(request, "citizenship_test/print.html", context)


def facilitator_guide(request, customisation, mode):
    """How to run the test with a group: at a public event, in a training, in a class."""
    context = customisation.get_tool_context(request, mode)
    context["question_count"] = len(questionnaire_for(customisation, request))
    return TemplateResponse(request, "citizenship_test/guide.html", context)
