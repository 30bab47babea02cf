"""What the home page lists: latest news, upcoming events, featured practices, the latest
declarations and endorsements.

News, events and practices live in their own apps; they are reached through the app registry
so that the home page still renders, with fewer sections, without them. Each list costs one
query whatever its length (two for news items with images: their renditions).
"""

from django.apps import apps
from django.db.models import Case, Count, Q, Subquery, Value, When
from django.utils import timezone
from wagtail.models import Page

from icc_site.visibility import visible_to_everyone

__all__ = [
    "featured_practices",
    "latest_declarations",
    "latest_endorsements",
    "latest_news",
    "localized_urls",
    "upcoming_events",
]

NEWS_SHOWN = 3
EVENTS_SHOWN = 3
PRACTICES_SHOWN = 3
DECLARATIONS_SHOWN = 2
ENDORSEMENTS_SHOWN = 4


def _model(label):
    """The model, or None when the app that defines it is not installed."""
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def latest_news(locale_id, limit=NEWS_SHOWN):
    """The newest live, public news items in the language `locale_id`.

    Same selection as `news.models.latest_news()`, with view restrictions checked in a
    subquery: that helper's `.public()` costs one more query, which the home page cannot spare.
    """
    news_page = _model("news.NewsPage")
    if news_page is None:
        return []
    items = visible_to_everyone(news_page.objects.filter(locale_id=locale_id))
    return list(items.newest_first().for_listing()[:limit])


def upcoming_events(locale_id, limit=EVENTS_SHOWN, today=None):
    """The next live, public events in the language `locale_id`, soonest first."""
    event_page = _model("news.EventPage")
    if event_page is None:
        return []
    events = visible_to_everyone(event_page.objects.filter(locale_id=locale_id))
    return list(events.upcoming(today or timezone.localdate()).for_listing()[:limit])


def featured_practices(chosen_ids, locale_id, limit=PRACTICES_SHOWN):
    """The chosen practices in the language `locale_id`, in the editors' order; one query.

    Editors choose practices on the English home page; wagtail-localize copies page choices
    unchanged into translations, so each choice is replaced here by its live translation, and
    left out when it has none. Without any choice, the most recently published practices.
    """
    practice_page = _model("practices.PracticePage")
    if practice_page is None:
        return []
    practices = visible_to_everyone(practice_page.objects.filter(locale_id=locale_id))
    practices = practices.select_related("city")
    if not chosen_ids:
        return list(practices.order_by("-first_published_at", "-pk")[:limit])
    # Order by the position of the choice whose translation each page is (a subquery per
    # choice, at most six), so the list still costs a single query.
    keys = [Page.objects.filter(pk=pk).values("translation_key") for pk in chosen_ids]
    position = Case(
        *(When(translation_key=Subquery(key), then=Value(n)) for n, key in enumerate(keys))
    )
    chosen = practices.filter(
        translation_key__in=Page.objects.filter(pk__in=chosen_ids).values("translation_key")
    )
    return list(chosen.annotate(position=position).order_by("position")[:limit])


def _declarations(locale_id):
    declaration_page = _model("publications.DeclarationPage")
    if declaration_page is None:
        return None
    return visible_to_everyone(declaration_page.objects.filter(locale_id=locale_id))


def latest_declarations(locale_id, limit=DECLARATIONS_SHOWN):
    """The latest live, public declarations in `locale_id`, each with `endorsement_count`;
    one query."""
    declarations = _declarations(locale_id)
    if declarations is None:
        return []
    declarations = declarations.defer_streamfields().annotate(
        endorsement_count=Count("endorsements")
    )
    return list(declarations.order_by("-date_adopted", "title")[:limit])


def latest_endorsements(locale_id, limit=ENDORSEMENTS_SHOWN):
    """The most recent endorsements of the live, public declarations in `locale_id`: a list
    of (date, city, declaration), the city in that language when it is translated; two
    queries at most.

    Endorsements are copied unchanged into a declaration's translations, so they may point
    to the city profile of the source language.
    """
    declarations = _declarations(locale_id)
    city_page = _model("cities.CityPage")
    if declarations is None or city_page is None:
        return []
    endorsement = _model("publications.DeclarationEndorsement")
    rows = list(
        endorsement.objects.filter(page__in=declarations.values("pk"))
        .select_related("city", "page")
        .order_by("-date", "-pk")[:limit]
    )
    keys = {row.city.translation_key for row in rows if row.city.locale_id != locale_id}
    translated = {}
    if keys:
        translated = {
            city.translation_key: city
            for city in city_page.objects.live().filter(
                translation_key__in=keys, locale_id=locale_id
            )
        }
    return [
        (row.date, translated.get(row.city.translation_key, row.city), row.page) for row in rows
    ]


def localized_urls(page_ids, locale_id, request=None):
    """URL of each page in `page_ids`, or of its live translation in `locale_id`; one query.

    A page that is neither live itself nor translated is left out.
    """
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = Page.objects.filter(
        Q(pk__in=page_ids) | Q(translation_key__in=keys, locale_id=locale_id, live=True)
    ).only("id", "translation_key", "locale_id", "url_path", "live")
    sources, translations = {}, {}
    for page in pages:
        if page.pk in page_ids:
            sources[page.pk] = page
        if page.locale_id == locale_id and page.live:
            translations[page.translation_key] = page
    urls = {}
    for pk, source in sources.items():
        shown = translations.get(source.translation_key) or (source if source.live else None)
        if shown is not None:
            urls[pk] = shown.get_url(request)
    return urls
