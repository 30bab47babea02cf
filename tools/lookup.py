"""Finding the customisation that answers a public tool URL.

Every screen of a tool, each step of its forms included, starts here. What one language's
screens need of a city's tool (the translation shown in that language, and the languages the
city offers the tool in) is kept with the cached pages until the next editorial change
(`cached_until_publish`), one entry per language, so that a request reads back one
customisation, not every translation of it. A customisation is a snippet, its city a page and
its logo an image, all of which expire that cache when they change, and so do its shared
settings (`CityToolSettings`, named in tools/apps.py).
"""

from django.conf import settings
from django.db.models import OuterRef, Subquery

from cities.models import CityPage
from icc_site.page_cache import cached_until_publish
from tools.registry import get_tool_type

__all__ = [
    "find_for_display",
    "find_for_language",
    "find_published_customisation",
    "pick_for_language",
]


def pick_for_language(candidates, language):
    """Among translations of one customisation, the one in `language`, else the default
    language's, else the oldest. Editors translate the texts; until they do, the source's
    texts are shown."""
    by_language = {candidate.locale.language_code: candidate for candidate in candidates}
    for code in (language, settings.LANGUAGE_CODE):
        if code in by_language:
            return by_language[code]
    return min(candidates, key=lambda candidate: candidate.pk, default=None)


def find_for_language(tool_slug, city_slug, language, request=None):
    """(the published translation shown in `language`, the languages the city offers the tool
    in) of one city's tool; (None, []) when there is none.

    The translation is `pick_for_language`'s; the languages come from the customisation in the
    default language (the one record editors keep for the city). One query, none while the
    cache holds them (pass the `request`).
    """
    model = get_tool_type(tool_slug)
    if model is None:
        return None, []
    # Any other code picks what the default language picks: one cache entry for both.
    key_language = language if language in _language_codes() else settings.LANGUAGE_CODE

    def query():
        # The city's name in this language comes in the same query: every screen's title
        # shows it (`CityTool.city_name()`, which would otherwise ask for it each request).
        name_here = CityPage.objects.filter(
            translation_key=OuterRef("city__translation_key"),
            locale__language_code=key_language,
        ).values("title")[:1]
        candidates = list(
            model.objects.for_city_slug(city_slug)
            .published()
            .select_related("city", "locale")
            .with_shared_settings()
            .annotate(city_name_here=Subquery(name_here))
        )
        source = pick_for_language(candidates, settings.LANGUAGE_CODE)
        offered = source.offered_languages() if source is not None else []
        chosen = pick_for_language(candidates, key_language)
        if chosen is not None:
            chosen.remember_city_name(key_language, chosen.city_name_here)
        return chosen, offered

    return cached_until_publish(
        f"tool-translation:{tool_slug}:{city_slug}:{key_language}", query, request
    )


def _language_codes():
    return {code for code, _name in settings.LANGUAGES}


def find_published_customisation(tool_slug, city_slug, language):
    """The customisation behind /<language>/embed/<tool_slug>/<city_slug>/, or None.

    None when the tool is not installed, the city is unknown or unpublished, the customisation
    is unpublished or disabled, or the city does not offer the tool in `language`. One query
    (the shared settings come with the customisations).
    """
    chosen, _offered = find_for_language(tool_slug, city_slug, language)
    if chosen is None or language not in chosen.offered_languages():
        return None
    return chosen


def find_for_display(tool_slug, city_slug, language):
    """(customisation, language to show it in) for a link or frame on one of our pages.

    Like `find_published_customisation`, but a city that does not offer `language` is shown
    in its first language instead. (None, None) when there is nothing to show.
    """
    chosen, _offered = find_for_language(tool_slug, city_slug, language)
    if chosen is None or not chosen.offered_languages():
        return None, None
    offered = chosen.offered_languages()
    return chosen, (language if language in offered else offered[0])
