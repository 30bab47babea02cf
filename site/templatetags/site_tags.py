"""Template tags of the site-wide layer: navigation, breadcrumbs and the language switcher.

Every public page renders the header, the breadcrumbs and the language switcher, so they share
one query (`_page_family`) and cache what they compute on the request: the whole chrome costs
two queries per page, whatever the depth of the page, and none in production once another
page has needed them since the last publish (`cached_until_publish`).
"""

import html

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.models import Page, Site

from icc_site.languages import (
    MISSING_PARAMETER,
    language_name,
    missing_language,
    site_languages,
)
from icc_site.page_cache import cached_until_publish

register = template.Library()


def _cached(request, name, compute):
    """Compute a value once per request."""
    attribute = f"_icc_{name}"
    if not hasattr(request, attribute):
        setattr(request, attribute, compute())
    return getattr(request, attribute)


def _page_of(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk and page.depth >= 2 else None


def _page_family(request, page):
    """The live pages that are the page or one of its ancestors, in every language.

    One query, kept until the next publish: from it come the breadcrumbs, the home page of the
    page's language and, for each other language, the nearest translated page.
    """

    def query():
        keys = Page.objects.filter(path__in=_ancestor_paths(page), depth__gte=2).values(
            "translation_key"
        )
        return list(Page.objects.live().filter(translation_key__in=keys).select_related("locale"))

    def compute():
        family = cached_until_publish(f"page-family:{page.pk}", query, request)
        for candidate in family:
            if candidate.pk == page.pk:
                # Lend the locale already fetched: {% pageurl page %} needs it.
                page.locale = candidate.locale
                return family
        return [*family, page]  # a draft being previewed

    return _cached(request, "page_family", compute)


def _ancestor_paths(page):
    """The tree paths of the page and its ancestors (treebeard: 4 characters a level)."""
    step = Page.steplen
    return [page.path[:length] for length in range(step, len(page.path) + 1, step)]


def _home_page(request, page=None):
    """The home page in the language being shown (the site's root page as a fallback)."""

    def compute():
        if page is not None:
            for candidate in _page_family(request, page):
                if candidate.depth == 2 and candidate.locale_id == page.locale_id:
                    return candidate
        site = Site.find_for_request(request)
        if site is None:
            return None
        return (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=translation.get_language(),
            ).first()
            or site.root_page
        )

    return _cached(request, "home_page", compute)


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the language being shown."""
    return _home_page(context["request"], _page_of(context))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages shown in the header: live children of the home page marked 'show in menus'."""
    request = context["request"]

    def compute():
        home = _home_page(request, _page_of(context))
        if home is None:
            return []
        return cached_until_publish(
            f"main-menu:{home.pk}",
            lambda: list(home.get_children().live().in_menu().select_related("locale")),
            request,
        )

    return _cached(request, "main_menu", compute)


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The live ancestors of the page below the home page, top first (no extra query)."""
    request, page = context["request"], _page_of(context)
    if page is None:
        return []
    return sorted(
        (
            candidate
            for candidate in _page_family(request, page)
            if candidate.locale_id == page.locale_id
            and candidate.depth >= 2
            and candidate.depth < page.depth
            and page.path.startswith(candidate.path)
        ),
        key=lambda candidate: candidate.depth,
    )


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per content language that has a live home page.

    Each entry links to the current page in that language or, when the page is not translated
    into it, to its nearest translated ancestor. `exact` tells whether it is the same page (only
    exact translations are announced as hreflang alternates).
    """
    request, page = context["request"], _page_of(context)
    current = translation.get_language()

    def entry(code, name, url, exact):
        return {
            "code": code,
            "name": name,
            "url": url,
            "absolute_url": request.build_absolute_uri(url),
            "exact": exact,
            "current": code == current,
        }

    def compute():
        versions = []
        if page is not None:
            best = {}
            for candidate in _page_family(request, page):
                code = candidate.locale.language_code
                if code not in best or candidate.depth > best[code].depth:
                    best[code] = candidate
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
                target = best.get(code)
                url = target.get_url(request) if target else None
                if url:
                    versions.append(entry(code, name, url, target.depth == page.depth))
            return versions
        # A view that is not a Wagtail page: same path, other prefix, in the languages the view
        # really has (a tool: those its city offers and translated), else the site's languages.
        available = getattr(request, "content_languages", None) or site_languages(request)
        query = request.GET.copy()
        query.pop(MISSING_PARAMETER, None)
        path = request.path + (f"?{query.urlencode()}" if query else "")
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code in available:
                versions.append(entry(code, name, translate_url(path, code), True))
        return versions

    return _cached(request, "language_versions", compute)


@register.inclusion_tag("includes/language_notice.html", takes_context=True)
def language_notice(context):
    """One line, in the language the visitor asked for, when what is shown is in another one."""
    request = context.get("request")
    shown = translation.get_language()
    asked = missing_language(request, shown) if request is not None else None
    if asked is None:
        return {"notice": None}
    with translation.override(asked):
        notice = _("This page is not available in %(asked)s: it is shown in %(shown)s.") % {
            "asked": language_name(asked),
            "shown": language_name(shown),
        }
        bidi = translation.get_language_bidi()
    return {"notice": notice, "language": asked, "direction": "rtl" if bidi else "ltr"}


#: The fields that summarise a page, in the order they are tried after `search_description`.
SUMMARY_FIELDS = ("summary", "intro", "statement")
#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160


def plain_text(value, length=DESCRIPTION_LENGTH):
    """`value` (plain or rich text) as one line of plain text of at most `length` characters,
    cut at a word with an ellipsis."""
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,;:.–-")
    return f"{cut}…"


@register.simple_tag(takes_context=True)
def page_description(context):
    """What the page is about in one or two sentences, for its meta description and preview
    cards: the editors' search description, else the page's own summary or introduction; on a
    city's tool page, the city's introduction to it (when written in the language shown), else
    what the tool is for; else the network's. No query: the fields are on the objects already
    loaded."""
    page = context.get("page")
    for name in ("search_description", *SUMMARY_FIELDS):
        text = plain_text(getattr(page, name, "")) if page is not None else ""
        if text:
            return text
    customisation = context.get("customisation")
    if page is None and getattr(customisation, "tool_slug", None):
        locale = getattr(customisation, "locale", None)
        if getattr(locale, "language_code", None) == translation.get_language():
            text = plain_text(getattr(customisation, "intro", ""))
            if text:
                return text
        text = plain_text(getattr(customisation, "tool_description", ""))
        if text:
            return text
    return _("The Intercultural Cities network: cities that manage diversity as an advantage.")


#: Open Graph names a locale language_TERRITORY; the territory where each language is at home.
OPEN_GRAPH_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "pt": "pt_PT",
    "es": "es_ES",
    "it": "it_IT",
    "de": "de_DE",
    "uk": "uk_UA",
    "ar": "ar_AR",
    "eu": "eu_ES",
    "fi": "fi_FI",
    "el": "el_GR",
    "tr": "tr_TR",
}


@register.simple_tag(takes_context=True)
def preview_image_url(context):
    """The absolute URL of the page's link preview image (icc_site.preview_views): the page's
    own for a Wagtail page, the tool's for a city's tool page or a tool's landing page, else
    the brand's card."""
    request = context.get("request")
    page = context.get("page")
    customisation = context.get("customisation")
    if isinstance(page, Page) and page.pk and page.depth > 1:
        path = reverse("page_preview_image", args=[page.pk])
    elif (
        getattr(customisation, "tool_slug", None)
        and getattr(customisation, "city", None) is not None
    ):
        path = reverse(
            "tool_preview_image",
            kwargs={"tool_slug": customisation.tool_slug, "city_slug": customisation.city.slug},
        )
    elif getattr(getattr(context.get("landing"), "model", None), "tool_slug", None):
        path = reverse(
            "tool_landing_preview_image",
            kwargs={"tool_slug": context["landing"].model.tool_slug},
        )
    else:
        path = reverse("site_preview_image")
    return request.build_absolute_uri(path) if request is not None else path


@register.simple_tag
def open_graph_locale():
    """The language shown, as Open Graph writes a locale ("fr_FR")."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return OPEN_GRAPH_LOCALES.get(code, code.replace("-", "_"))


@register.simple_tag
def may_search_pages(user):
    """Whether the admin's page search can show `user` anything (the dashboard's search box)."""
    return user_has_any_page_permission(user)
