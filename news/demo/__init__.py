"""Demo content of the news app: the two index pages, news items and events, some in French.

`load(home, locales)` is idempotent: pages are found by slug and created only when missing,
and a page is translated only when it has no French version yet.
"""

from wagtail.rich_text import RichText

from cities.models import CityPage
from icc_site.demo_images import demo_alt_text, demo_image
from icc_site.indexing import deferred_reference_index
from icc_site.localize import publish_translation
from news.demo.events import PAST_EVENTS, UPCOMING_EVENTS
from news.demo.news_items import NEWS_ITEMS
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

NEWS_INDEX = {
    "slug": "news",
    "title": "News",
    "intro": "What is happening across the network of intercultural cities.",
    "fr": {"title": "Actualités", "slug": "actualites"},
    "fr_intro": "Ce qui se passe dans le réseau des cités interculturelles.",
}
EVENT_INDEX = {
    "slug": "events",
    "title": "Events",
    "intro": "Seminars, study visits, policy labs and meetings of the network.",
    "fr": {"title": "Événements", "slug": "evenements"},
    "fr_intro": "Séminaires, visites d'étude, laboratoires politiques et réunions du réseau.",
}


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _publish(page):
    # A revision gives editors a history to start from, as if they had created the page.
    page.save_revision().publish()
    return page


def _index(home, model, spec):
    existing = model.objects.child_of(home).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = model(
        title=spec["title"],
        slug=spec["slug"],
        intro=f"<p>{spec['intro']}</p>",
        show_in_menus=True,
    )
    home.add_child(instance=page)
    return _publish(page)


def _cities(default_locale):
    """The demo cities that exist, by slug (the cities demo creates them; some may be missing)."""
    return {city.slug: city for city in CityPage.objects.filter(locale=default_locale)}


def _body(paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def _news_item(index, spec, cities):
    existing = NewsPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = NewsPage(
        title=spec["title"],
        slug=spec["slug"],
        date=spec["date"],
        intro=spec["intro"],
        body=_body(spec["paragraphs"]),
        city=cities.get(spec["city"]),
        image=demo_image("news", spec["slug"], spec["title"]),
        image_alt_text=demo_alt_text(spec["title"]),
    )
    index.add_child(instance=page)
    return _publish(page)


def _event(index, spec, cities):
    existing = EventPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        event_type=spec["type"],
        start_date=spec["start"],
        end_date=spec["end"],
        place=spec["place"],
        summary=spec["summary"],
        city=cities.get(spec["city"]),
    )
    index.add_child(instance=page)
    return _publish(page)


def _translate(page, locale, strings):
    """Publish the French version of `page`, unless it already has one.

    The French page links to the city's French profile, or to the English one until the city
    is translated.
    """
    if page.get_translation_or_none(locale) is not None:
        return False
    publish_translation(page, locale, strings)
    return True


def _news_strings(spec):
    french = spec["fr"]
    strings = {
        spec["title"]: french["title"],
        spec["intro"]: french["intro"],
        demo_alt_text(spec["title"]): demo_alt_text(french["title"], "fr"),
    }
    strings.update(zip(spec["paragraphs"], french["paragraphs"], strict=True))
    return strings


def _event_strings(spec):
    french = spec["fr"]
    strings = {spec["title"]: french["title"], spec["summary"]: french["summary"]}
    if "place" in french:
        strings[spec["place"]] = french["place"]
    return strings


def _translate_index(page, spec, locale):
    if page.get_translation_or_none(locale) is not None:
        return
    strings = {
        spec["title"]: spec["fr"]["title"],
        spec["slug"]: spec["fr"]["slug"],
        spec["intro"]: spec["fr_intro"],
    }
    publish_translation(page, locale, strings)


def _french_home(home, locale):
    """The French home page, which French pages need as their parent.

    The home page's own demo, which runs last, translates its texts; until then a page with the
    English texts stands in, as wagtail-localize makes for the parents of a translated page.
    """
    translated = home.get_translation_or_none(locale)
    if translated is None:
        translated = publish_translation(home, locale, {})
    return translated


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the news and event demo pages under `home` and translate some into French."""
    cities = _cities(home.locale)
    news_index = _index(home, NewsIndexPage, NEWS_INDEX)
    event_index = _index(home, EventIndexPage, EVENT_INDEX)
    news = [(_news_item(news_index, spec, cities), spec) for spec in NEWS_ITEMS]
    events = [(_event(event_index, spec, cities), spec) for spec in PAST_EVENTS + UPCOMING_EVENTS]
    _say(stdout, f"  {len(news)} news items and {len(events)} events.")

    french = locales.get("fr")
    if french is None:
        return
    _french_home(home, french)
    _translate_index(news_index, NEWS_INDEX, french)
    _translate_index(event_index, EVENT_INDEX, french)
    translated = 0
    for page, spec in news:
        if "fr" in spec:
            translated += _translate(page, french, _news_strings(spec))
    for page, spec in events:
        if "fr" in spec:
            translated += _translate(page, french, _event_strings(spec))
    _say(stdout, f"  {translated} news items and events translated into French.")
