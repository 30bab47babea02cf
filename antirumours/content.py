"""Reading a city's published content in the resident's language, with a fixed number of
queries: every language version is fetched at once and the best one kept per item."""

from django.apps import apps
from django.conf import settings

from antirumours.models import Campaign, NetworkOrganisation, Rumour, TrainingSession
from antirumours.models.common import of_city
from icc_site.page_cache import cached_until_publish
from practices.listing import practice_set
from practices.models import PracticeIndexPage

__all__ = [
    "ANTI_RUMOURS_TOPIC",
    "campaigns_for",
    "in_language",
    "network_for",
    "practices_for",
    "rumour_by_slug",
    "rumours_for",
]

#: The practice database's topic slug for anti-rumour practices.
ANTI_RUMOURS_TOPIC = "anti-rumours"


def in_language(rows, language):
    """Keep one row per translation key: the one in `language`, else the default language's.

    Rows only in another language are left out: the city has not published them for this
    audience. The order of `rows` is kept.
    """
    chosen = {}
    for row in rows:
        code = row.locale.language_code
        current = chosen.get(row.translation_key)
        if code == language or (current is None and code == settings.LANGUAGE_CODE):
            chosen[row.translation_key] = row
    order = {row.translation_key: i for i, row in enumerate(rows)}
    return sorted(chosen.values(), key=lambda row: order[row.translation_key])


def _published_rumours(city):
    return of_city(Rumour.objects.filter(live=True), city).select_related("locale")


def rumours_for(city, language):
    """The published rumours of `city` in `language` (or the default language). One query."""
    return in_language(list(_published_rumours(city)), language)


def rumour_by_slug(city, slug, language):
    """The published rumour of `city` with this slug, in `language` if translated, or None."""
    rows = list(_published_rumours(city).filter(slug=slug))
    found = in_language(rows, language)
    return found[0] if found else None


def campaigns_for(city, language):
    """The public campaigns of `city`, newest first, in `language` if translated. One query."""
    rows = of_city(Campaign.objects.filter(is_public=True), city).select_related("locale")
    return in_language(list(rows), language)


def network_for(city):
    """(public organisations, training sessions, agents trained in sessions). Two queries."""
    organisations = list(of_city(NetworkOrganisation.objects.filter(is_public=True), city))
    trainings = list(of_city(TrainingSession.objects.all(), city))
    return organisations, trainings, sum(session.agents_trained for session in trainings)


def practices_for(city, language, limit=6):
    """Good practices on the anti-rumours topic in `language`: the city's own first.

    Reads the practice database (an editorial app) through its own filters, so a practice
    hidden behind a view restriction stays hidden. Three queries, none in production, where
    the list is kept until the next publish; an empty list when the practices app is not
    installed.
    """
    if not apps.is_installed("practices"):
        return []

    return cached_until_publish(
        f"antirumours-practices:{language}:{city.slug}:{limit}",
        lambda: _anti_rumour_practices(city, language, limit),
    )


def _anti_rumour_practices(city, language, limit):
    index = PracticeIndexPage.objects.live().filter(locale__language_code=language).first()
    if index is None:
        return []
    facts = [fact for fact in practice_set(index).facts if ANTI_RUMOURS_TOPIC in fact.topics]
    facts.sort(key=lambda fact: (fact.city_slug != city.slug, -fact.start_year, fact.page.title))
    return [fact.page for fact in facts[:limit]]
