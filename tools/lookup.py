"""Finding the customisation that answers a public tool URL.

Every screen of a tool, each step of its forms included, starts here. The published
translations of one city's tool are kept with the cached pages until the next editorial change
(`cached_until_publish`): a customisation is a snippet, its city a page and its logo an image,
all of which expire that cache when they change, and so do its shared settings
(`CityToolSettings`, named in tools/apps.py).
"""

from django.conf import settings

from icc_site.page_cache import cached_until_publish
from tools.registry import get_tool_type

__all__ = [
    "find_for_display",
    "find_published_customisation",
    "offered_languages",
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


def _published_translations(tool_slug, city_slug, request=None):
    model = get_tool_type(tool_slug)
    if model is None:
        return []

    def query():
        return list(
            model.objects.for_city_slug(city_slug)
            .published()
            .select_related("city", "locale")
            .with_shared_settings()
        )

    return cached_until_publish(f"tool-translations:{tool_slug}:{city_slug}", query, request)


def offered_languages(tool_slug, city_slug, request=None):
    """(published translations, languages the city offers the tool in) of one city's tool.

    The languages come from the customisation in the default language (the one record editors
    keep for the city). One query, none while the cache holds them (pass the `request`).
    """
    candidates = _published_translations(tool_slug, city_slug, request)
    source = pick_for_language(candidates, settings.LANGUAGE_CODE)
    return candidates, (source.offered_languages() if source is not None else [])


def find_published_customisation(tool_slug, city_slug, language):
    """The customisation behind /<language>/embed/<tool_slug>/<city_slug>/, or None.

    None when the tool is not installed, the city is unknown or unpublished, the customisation
    is unpublished or disabled, or the city does not offer the tool in `language`. One query
    (the shared settings come with the customisations).
    """
    chosen = pick_for_language(_published_translations(tool_slug, city_slug), language)
    if chosen is None or language not in chosen.offered_languages():
        return None
    return chosen


def find_for_display(tool_slug, city_slug, language):
    """(customisation, language to show it in) for a link or frame on one of our pages.

    Like `find_published_customisation`, but a city that does not offer `language` is shown
    in its first language instead. (None, None) when there is nothing to show.
    """
    chosen = pick_for_language(_published_translations(tool_slug, city_slug), language)
    if chosen is None or not chosen.offered_languages():
        return None, None
    offered = chosen.offered_languages()
    return chosen, (language if language in offered else offered[0])
