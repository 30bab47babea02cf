"""A tool's landing page: /<language>/tools/<tool>/, with no city in the URL."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation

from tools.landing import landing_for

__all__ = ["tool_landing"]


def tool_landing(request, tool_slug):
    """What the tool is for, who uses it, a city to try it with and how to get it."""
    landing = landing_for(tool_slug, translation.get_language(), request)
    if landing is None:
        raise Http404
    return TemplateResponse(request, "tools/landing.html", {"landing": landing})
