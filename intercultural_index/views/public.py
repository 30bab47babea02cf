"""The public screens of a city's Index, all served through `InterculturalIndex.serve()`.

Sub-paths under /<lang>/embed/intercultural-index/<city>/ and
/<lang>/tools/intercultural-index/<city>/:

- ""             the city's published results, as infographics
"""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse

__all__ = ["serve_screen"]


def serve_screen(customisation, request, mode, subpath):
    """Route a request for one city's Index to the screen its sub-path names."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if subpath == "":
        context = customisation.get_tool_context(request, mode)
        return TemplateResponse(request, customisation.embed_template, context)
    raise Http404
