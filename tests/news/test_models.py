"""Rules of the models and the query helpers that the home page and city profiles use."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from cities.factories import CityIndexPageFactory, CityPageFactory
from news.factories import EventPageFactory, NewsPageFactory
from news.models import EventPage, latest_news, upcoming_events

from .conftest import days

pytestmark = pytest.mark.django_db


def test_editor_cannot_save_an_event_that_ends_before_it_starts(event_index):
    event = EventPage(
        title="Backwards",
        slug="backwards",
        summary="Wrong dates.",
        start_date=datetime.date(2027, 5, 10),
        end_date=datetime.date(2027, 5, 9),
    )
    with pytest.raises(ValidationError) as error:
        event_index.add_child(instance=event)
    assert "end_date" in error.value.message_dict


def test_one_day_event_needs_no_end_date(event_index):
    event = EventPage(
        title="One day",
        slug="one-day",
        summary="A webinar.",
        start_date=datetime.date(2027, 5, 10),
    )
    event_index.add_child(instance=event)
    event.refresh_from_db()
    assert event.end_date == datetime.date(2027, 5, 10)


def test_home_page_gets_the_latest_news_of_its_language_only(news_index, locales):
    older = NewsPageFactory(parent=news_index, date=datetime.date(2019, 1, 1))
    newest = NewsPageFactory(parent=news_index, date=datetime.date(2020, 1, 1))
    NewsPageFactory(parent=news_index, date=datetime.date(2021, 1, 1), live=False)
    NewsPageFactory(parent=news_index, date=datetime.date(2018, 1, 1))

    assert latest_news(locales["en"], limit=2) == [newest, older]
    assert latest_news(locales["fr"]) == []


def test_home_page_gets_the_next_events_soonest_first(event_index, locales, today):
    later = EventPageFactory(parent=event_index, start_date=today + days(40))
    sooner = EventPageFactory(parent=event_index, start_date=today + days(10))
    EventPageFactory(parent=event_index, start_date=today - days(10), end_date=today - days(9))

    assert upcoming_events(locales["en"]) == [sooner, later]


def test_event_under_way_still_counts_as_upcoming(event_index, locales, today):
    under_way = EventPageFactory(parent=event_index, start_date=today - days(2), end_date=today)
    assert upcoming_events(locales["en"], today=today) == [under_way]
    assert upcoming_events(locales["en"], today=today + days(1)) == []


def test_city_profile_finds_its_news_and_events(home_page, news_index, event_index, today):
    city = CityPageFactory(parent=CityIndexPageFactory(parent=home_page), title="Lisbon")
    item = NewsPageFactory(parent=news_index, city=city)
    NewsPageFactory(parent=news_index)
    event = EventPageFactory(parent=event_index, city=city, start_date=today + days(5))
    EventPageFactory(
        parent=event_index, city=city, start_date=today - days(50), end_date=today - days(49)
    )

    assert list(city.news_items.live().newest_first()) == [item]
    assert list(city.events.live().upcoming()) == [event]


def test_french_event_links_to_the_french_city_profile(
    home_page, event_index, french_home, locales
):
    from icc_site.localize import publish_translation

    cities = CityIndexPageFactory(parent=home_page)
    city = CityPageFactory(parent=cities, title="Lisbon")
    publish_translation(cities, locales["fr"], {})
    french_city = publish_translation(city, locales["fr"], {"Lisbon": "Lisbonne"})
    event = EventPageFactory(parent=event_index, city=city)
    publish_translation(event_index, locales["fr"], {})

    french_event = publish_translation(event, locales["fr"], {})
    assert french_event.city == french_city
