"""Template tags of the site-wide layer: navigation and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()

LANGUAGE_NAMES = dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def _home_page(request):
    """The home page of the active language (falls back to the site's root page). Cached."""
    cached = getattr(request, "_icc_home_page", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    home = None
    if site is not None:
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key, locale=Locale.get_active()
            )
            .select_related("locale")
            .first()
            or site.root_page
        )
    request._icc_home_page = home
    return home


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the language being shown."""
    return _home_page(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages shown in the header: live children of the home page marked 'show in menus'."""
    request = context["request"]
    cached = getattr(request, "_icc_main_menu", None)
    if cached is None:
        home = _home_page(request)
        cached = list(home.get_children().live().in_menu()) if home else []
        request._icc_main_menu = cached
    return cached


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per content language that has a live home page.

    Each entry links to the current page in that language, or, when the page is not translated
    into it, to its nearest translated ancestor. `exact` tells whether it is the same page
    (only exact translations are announced as hreflang alternates). Costs two queries.
    """
    request = context["request"]
    cached = getattr(request, "_icc_language_versions", None)
    if cached is not None:
        return cached
    current = translation.get_language()
    page = context.get("page")
    versions = []
    if isinstance(page, Page) and page.pk and page.depth >= 2:
        ancestors = list(
            page.get_ancestors(inclusive=True)
            .filter(depth__gte=2)
            .values_list("translation_key", "depth")
        )
        depth_of = dict(ancestors)
        candidates = (
            Page.objects.live().filter(translation_key__in=depth_of).select_related("locale")
        )
        best = {}
        for candidate in candidates:
            code = candidate.locale.language_code
            if code not in best or candidate.depth > best[code].depth:
                best[code] = candidate
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            target = best.get(code)
            if target is None:
                continue
            url = target.get_url(request)
            if url is None:
                continue
            versions.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "absolute_url": request.build_absolute_uri(url),
                    "exact": target.depth == page.depth,
                    "current": code == current,
                }
            )
    else:
        # A view that is not a Wagtail page (search, for example): same path, other prefix.
        available = set(Locale.objects.values_list("language_code", flat=True))
        path = request.get_full_path()
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code not in available:
                continue
            url = translate_url(path, code)
            versions.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "absolute_url": request.build_absolute_uri(url),
                    "exact": True,
                    "current": code == current,
                }
            )
    request._icc_language_versions = versions
    return versions
