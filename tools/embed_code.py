"""The copy-paste code that puts a tool on another site: an iframe and a resize script."""

from django.template.loader import render_to_string
from django.utils import translation

__all__ = ["DEFAULT_HEIGHT", "embed_code", "site_origin"]

#: Height of the frame before the tool reports its own (pixels).
DEFAULT_HEIGHT = 640


def site_origin(request):
    """This site's origin as the request reached it, e.g. https://interculturalcities.example."""
    return f"{request.scheme}://{request.get_host()}"


def embed_code(customisation, request, language=None, height=DEFAULT_HEIGHT):
    """The HTML a city pastes into its own page to show `customisation`.

    The iframe works without JavaScript (with a fixed height and a link for a full page); the
    inline script only listens for the height the tool posts, from this site's origin and from
    that very frame, and resizes it.
    """
    language = language or customisation.offered_languages()[0]
    origin = site_origin(request)
    with translation.override(language):
        return render_to_string(
            "tools/includes/embed_code.html",
            {
                "src": origin + customisation.get_embed_url(language),
                "page_url": origin + customisation.get_page_url(language),
                "title": f"{customisation.get_tool_name()} – {customisation.city_name()}",
                "origin": origin,
                "height": height,
                "language": language,
            },
        ).strip()
