"""The Index's section on a city's profile page (the cities app's `city_profile_context` hook).

Shown only when the city publishes its results. The section is kept in the cache per city and
language, under the Index's cache generation (`intercultural_index.cache`), so a profile costs no
query for it once drawn.
"""

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from intercultural_index.cache import SECONDS, generation
from intercultural_index.charts import results_charts
from intercultural_index.models import InterculturalIndex
from intercultural_index.results import city_results

__all__ = ["profile_section"]


def published_customisation(city):
    """The city's live, enabled Index that publishes results (its own language first)."""
    found = list(
        InterculturalIndex.objects.published()
        .filter(
            city__translation_key=city.translation_key,
            **InterculturalIndex.publish_results.lookup(True),
        )
        .select_related("shared", "city")
    )
    found.sort(key=lambda item: item.locale_id != city.locale_id)
    return found[0] if found else None


def _render(city, language):
    customisation = published_customisation(city)
    if customisation is None:
        return ""
    results = city_results(city, language, published_only=True)
    if results.latest is None:
        return ""
    offered = customisation.offered_languages()
    link_language = language if language in offered else (offered[0] if offered else language)
    return render_to_string(
        "intercultural_index/profile_section.html",
        {
            "results": results,
            "charts": results_charts(results),
            "results_url": customisation.get_page_url(link_language),
        },
    )


def profile_section(city):
    """The section's HTML for `city`, or "" when it publishes no results."""
    language = translation.get_language()
    key = f"intercultural-index:profile:{generation()}:{city.translation_key}:{language}"
    html = cache.get(key)
    if html is None:
        html = _render(city, language)
        cache.set(key, html, SECONDS)
    return mark_safe(html)  # drawn by our own template, escaped there
