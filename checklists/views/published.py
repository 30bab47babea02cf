"""The city's published assessments, for everyone: /<lang>/tools/<tool>/<city>/published/.

Read-only. It shows the latest published assessment's scores per section and the trend of
every published one; drafts and evidence notes (the coordinators' working notes) stay out.
"""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import translation

from checklists.assessments import public_report_context

__all__ = ["serve_published"]


def serve_published(tool, request, mode):
    """The public page of the city's published assessments (framed or full page)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    checklist = tool.get_checklist()
    if checklist is None:
        raise Http404
    language = translation.get_language()
    context = tool.get_tool_context(request, mode)
    context.update(public_report_context(tool.city, checklist, language))
    context.update(
        checklist=checklist,
        self_check_url=(
            tool.get_page_url(language) if mode == "page" else tool.get_embed_url(language)
        ),
    )
    return TemplateResponse(request, "checklists/published.html", context)
