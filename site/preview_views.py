"""The link preview image of each page (og:image), drawn on the server.

`/preview-images/pages/<id>.png` draws the page's title, its city (or its section) and the
brand in the page's own language and direction (`icc_site.preview_images`). Only pages that
everyone may see are drawn; an image is kept with the cached pages until the next publish, so
a crawler asking again costs a cache read, and after a publish only a card whose texts changed
is drawn again (`drawn_preview`, keyed by the card's texts). Pages that are not Wagtail pages
(search) share the brand's own card, `/<language>/preview-images/site.png`; a city's tool page
has the tool's name and the city's, `/<language>/preview-images/tools/<tool>/<city>.png`, and a
tool's landing page the tool's name, `/<language>/preview-images/tools/<tool>.png`.
"""

from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from icc_site.page_cache import cached_until_publish
from icc_site.preview_images import PreviewCard, drawn_preview
from icc_site.visibility import visible_to_everyone
from tools.lookup import find_published_customisation
from tools.registry import get_tool_type

__all__ = [
    "page_card",
    "page_preview_image",
    "site_preview_image",
    "tool_landing_preview_image",
    "tool_preview_image",
]

#: How long browsers and crawlers keep an image (a publish may change it: not too long).
BROWSER_SECONDS = 60 * 60


def _city_of(page):
    city = getattr(page, "city", None)
    return city if isinstance(city, Page) else None


def page_card(page):
    """The PreviewCard of a page: its title, its city or else its section, the brand."""
    city = _city_of(page)
    kicker = city.title if city is not None else ""
    if not kicker and page.depth > 3:
        parent = page.get_parent()
        kicker = parent.title if parent is not None else ""
    language = page.locale.language_code
    with translation.override(language):
        return PreviewCard(
            title=page.seo_title or page.title,
            kicker=kicker,
            brand=_("Intercultural Cities"),
            rtl=translation.get_language_bidi(),
        )


def _png(image):
    response = HttpResponse(image, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={BROWSER_SECONDS}"
    return response


def page_preview_image(request, page_id):
    """The PNG preview of a live page that no restriction covers (404 otherwise)."""

    def draw():
        page = visible_to_everyone(Page.objects.filter(pk=page_id, depth__gt=1)).first()
        return None if page is None else drawn_preview(page_card(page.specific))

    image = cached_until_publish(
        f"preview-image:page:{page_id}", draw, request, keep=lambda image: image is not None
    )
    if image is None:
        raise Http404
    return _png(image)


def site_preview_image(request):
    """The brand's card, in the visitor's language, for pages that are not Wagtail pages."""
    language = translation.get_language()

    def draw():
        return drawn_preview(
            PreviewCard(
                title=str(
                    _(
                        "The Intercultural Cities network: cities that manage diversity as an "
                        "advantage."
                    )
                ),
                brand=_("Intercultural Cities"),
                rtl=translation.get_language_bidi(),
            )
        )

    return _png(cached_until_publish(f"preview-image:site:{language}", draw, request))


def tool_preview_image(request, tool_slug, city_slug):
    """The card of a city's published tool: the tool's name, the city, the brand."""
    language = translation.get_language()

    def draw():
        customisation = find_published_customisation(tool_slug, city_slug, language)
        if customisation is None:
            return None
        return drawn_preview(
            PreviewCard(
                title=str(customisation.get_tool_name()),
                kicker=customisation.city_name(),
                brand=_("Intercultural Cities"),
                rtl=translation.get_language_bidi(),
            )
        )

    image = cached_until_publish(
        f"preview-image:tool:{tool_slug}:{city_slug}:{language}",
        draw,
        request,
        keep=lambda image: image is not None,
    )
    if image is None:
        raise Http404
    return _png(image)


def tool_landing_preview_image(request, tool_slug):
    """The card of a tool's landing page: the tool's name and the brand."""
    model = get_tool_type(tool_slug)
    if model is None:
        raise Http404
    language = translation.get_language()

    def draw():
        return drawn_preview(
            PreviewCard(
                title=str(model.get_tool_name()),
                brand=_("Intercultural Cities"),
                rtl=translation.get_language_bidi(),
            )
        )

    return _png(
        cached_until_publish(f"preview-image:landing:{tool_slug}:{language}", draw, request)
    )
