"""The demo loader fills the news and events, in English and French, and can run again."""

import datetime

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory
from icc_site.localize import publish_translation
from news import demo
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from tests.conftest import all_locales, ensure_wagtail_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loaded(module_transaction):
    """Lisbon in English and French, Oslo in English only, then the news and events: loaded
    once for the module's tests (it takes seconds)."""
    with module_transaction():
        home, locales = ensure_wagtail_tree(), all_locales()
        publish_translation(home, locales["fr"], {"Intercultural Cities": "Cités interculturelles"})
        index = CityIndexPageFactory(parent=home)
        lisbon = CityPageFactory(parent=index, title="Lisbon", slug="lisbon")
        CityPageFactory(parent=index, title="Oslo", slug="oslo")
        publish_translation(index, locales["fr"], {"Cities": "Villes", "cities": "villes"})
        publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})
        demo.load(home, locales)


def page_counts():
    return [model.objects.count() for model in (NewsIndexPage, NewsPage, EventIndexPage, EventPage)]


def test_running_the_demo_twice_changes_nothing(loaded, home_page, locales):
    counts = page_counts()
    demo.load(home_page, locales)
    assert page_counts() == counts


def test_demo_has_the_events_the_reports_mention(loaded, locales):
    event = EventPage.objects.get(slug="coordinators-meeting-lisbon-2017", locale=locales["en"])
    assert event.start_date == datetime.date(2017, 11, 30)
    assert event.city.slug == "lisbon"
    assert NewsPage.objects.filter(locale=locales["en"]).count() >= 8
    assert EventPage.objects.live().filter(locale=locales["en"]).upcoming().exists()


def test_demo_news_index_is_in_french_with_items_linked_to_french_cities(client, loaded, locales):
    response = client.get("/fr/actualites/ten-years-of-intercultural-cities/")
    assert response.status_code == 200
    assert "Dix ans de cités interculturelles" in response.content.decode()
    item = NewsPage.objects.get(slug="ten-years-of-intercultural-cities", locale=locales["fr"])
    assert item.city.locale == locales["fr"]


def test_demo_french_item_links_to_the_english_city_until_it_is_translated(loaded, locales):
    oslo_item = NewsPage.objects.get(slug="oslo-human-rights-seminar", locale=locales["fr"])
    assert oslo_item.title == "Droits humains et intégration interculturelle vont de pair"
    assert oslo_item.city.locale == locales["en"]
