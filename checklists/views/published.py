"""The city's published assessments, for everyone: /<lang>/tools/<tool>/<city>/published/.

Read-only. It shows the latest published assessment's scores per section and the trend of
every published one; drafts and evidence notes (the coordinators' working notes) stay out.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation

from checklists.assessments import public_report_context
from tools.screens import screen_url

__all__ = ["serve_published"]


def serve_published(request, customisation, mode):
    """The public page of the city's published assessments (framed or full page)."""
    checklist = customisation.get_checklist()
    if checklist is None:
        raise Http404
    language = translation.get_language()
    context = customisation.get_tool_context(request, mode)
    context.update(public_report_context(customisation.city, checklist, language))
    context.update(
        checklist=checklist,
        self_check_url=screen_url(customisation, "start", embed=mode),
    )
    return TemplateResponse(request, "checklists/published.html", context)
