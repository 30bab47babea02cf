"""oEmbed (https://oembed.com/): another site embeds a tool from its embed or full-page URL."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.views.decorators.http import require_GET

from tools.embed_code import DEFAULT_HEIGHT, embed_code, site_origin
from tools.lookup import find_published_customisation

__all__ = ["oembed", "resolve_tool_url"]

TOOL_ROUTES = {"tools:embed", "tools:page"}


def resolve_tool_url(url, request):
    """The published customisation an embed or full-page URL of this site names, and its
    language; (None, None) for any other URL."""
    parts = urlsplit(url)
    if parts.netloc and parts.netloc.lower() != request.get_host().lower():
        return None, None
    language = translation.get_language_from_path(parts.path)
    if language is None:
        return None, None
    with translation.override(language):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return None, None
    if match.view_name not in TOOL_ROUTES:
        return None, None
    customisation = find_published_customisation(
        match.kwargs["tool_slug"], match.kwargs["city_slug"], language
    )
    return customisation, language


def _dimension(value, default):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


@require_GET
def oembed(request):
    """`?url=<tool URL>&format=json[&maxwidth=&maxheight=]` → a "rich" oEmbed response."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only format=json is supported.", status=501)
    customisation, language = resolve_tool_url(request.GET.get("url", ""), request)
    if customisation is None:
        raise Http404
    height = min(DEFAULT_HEIGHT, _dimension(request.GET.get("maxheight"), DEFAULT_HEIGHT))
    width = _dimension(request.GET.get("maxwidth"), 800)
    with translation.override(language):
        title = f"{customisation.get_tool_name()} – {customisation.city_name()}"
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "provider_name": settings.WAGTAIL_SITE_NAME,
            "provider_url": site_origin(request) + "/",
            "title": title,
            "html": embed_code(customisation, request, language=language, height=height),
            "width": width,
            "height": height,
            "cache_age": 3600,
        }
    )
    # Another site's JavaScript may fetch it directly.
    response["Access-Control-Allow-Origin"] = "*"
    return response
