"""What visitors see on the news and event pages."""

import datetime

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory
from news.factories import EventPageFactory, NewsPageFactory
from tests.helpers import soup_of

from .conftest import days

pytestmark = pytest.mark.django_db


def titles(soup, selector):
    return [a.text.strip() for a in soup.select(f"{selector} .card__title a")]


def test_news_index_lists_the_newest_news_first(client, news_index):
    NewsPageFactory(parent=news_index, title="Spring", date=datetime.date(2019, 4, 1))
    NewsPageFactory(parent=news_index, title="Autumn", date=datetime.date(2019, 10, 1))
    NewsPageFactory(parent=news_index, title="Summer", date=datetime.date(2019, 7, 1))

    soup = soup_of(client.get("/en/news/"))
    assert titles(soup, ".news-list") == ["Autumn", "Summer", "Spring"]


def test_news_index_continues_on_a_second_page(client, news_index):
    for n in range(news_index.per_page + 1):
        NewsPageFactory(parent=news_index, title=f"Item {n}", date=datetime.date(2020, 1, n + 1))

    soup = soup_of(client.get("/en/news/?page=2"))
    assert titles(soup, ".news-list") == ["Item 0"]
    assert soup.select_one(".pagination a[rel=prev]")["href"] == "?page=1"


def test_feed_readers_discover_the_feeds_from_the_news_index(client, news_index):
    soup = soup_of(client.get("/en/news/"))
    rss = soup.select_one('head link[rel=alternate][type="application/rss+xml"]')
    atom = soup.select_one('head link[rel=alternate][type="application/atom+xml"]')
    assert rss["href"] == "http://testserver/en/news/feed/rss/"
    assert atom["href"] == "http://testserver/en/news/feed/atom/"


def test_news_item_shows_its_date_and_city(client, home_page, news_index):
    city = CityPageFactory(parent=CityIndexPageFactory(parent=home_page), title="Rijeka")
    NewsPageFactory(parent=news_index, slug="meeting", city=city, date=datetime.date(2018, 9, 26))

    soup = soup_of(client.get("/en/news/meeting/"))
    assert soup.select_one(".story__meta time")["datetime"] == "2018-09-26"
    assert "26 September 2018" in soup.select_one(".story__meta").text
    assert soup.select_one(".story__city a")["href"] == "/en/cities/rijeka/"


def test_event_index_splits_upcoming_and_past_events(client, event_index, today):
    EventPageFactory(parent=event_index, title="Next month", start_date=today + days(30))
    EventPageFactory(parent=event_index, title="Next week", start_date=today + days(7))
    EventPageFactory(
        parent=event_index, title="Ends today", start_date=today - days(1), end_date=today
    )
    EventPageFactory(
        parent=event_index,
        title="Last year",
        start_date=today - days(365),
        end_date=today - days(364),
    )
    EventPageFactory(
        parent=event_index,
        title="Yesterday",
        start_date=today - days(1),
        end_date=today - days(1),
    )

    soup = soup_of(client.get("/en/events/"))
    sections = soup.select("section.section")
    assert titles(sections[0], "") == ["Ends today", "Next week", "Next month"]
    assert titles(sections[1], "") == ["Yesterday", "Last year"]


def test_link_to_all_past_events_appears_when_some_are_hidden(client, event_index, today):
    for n in range(event_index.recent_past_count + 1):
        EventPageFactory(
            parent=event_index, start_date=today - days(10 + n), end_date=today - days(10 + n)
        )

    soup = soup_of(client.get("/en/events/"))
    assert len(soup.select(".event-list--past li")) == event_index.recent_past_count
    assert soup.select_one(".event-list__more a")["href"] == "?when=past"


def test_past_events_page_lists_every_past_event_most_recent_first(client, event_index, today):
    EventPageFactory(parent=event_index, title="Upcoming", start_date=today + days(3))
    for n in range(8):
        EventPageFactory(
            parent=event_index,
            title=f"Past {n}",
            start_date=today - days(10 + n),
            end_date=today - days(10 + n),
        )

    soup = soup_of(client.get("/en/events/?when=past"))
    assert titles(soup, ".event-list") == [f"Past {n}" for n in range(8)]


def test_event_page_offers_registration_until_the_event_ends(client, event_index, today):
    EventPageFactory(
        parent=event_index,
        slug="academy",
        start_date=today + days(20),
        registration_url="https://example.org/register",
    )
    soup = soup_of(client.get("/en/events/academy/"))
    assert soup.select_one(".event-register a")["href"] == "https://example.org/register"
    assert soup.select_one(".event-ended") is None


def test_ended_event_says_so_instead_of_offering_registration(client, event_index, today):
    EventPageFactory(
        parent=event_index,
        slug="seminar",
        start_date=today - days(20),
        end_date=today - days(19),
        registration_url="https://example.org/register",
    )
    soup = soup_of(client.get("/en/events/seminar/"))
    assert soup.select_one(".event-register") is None
    assert soup.select_one(".event-ended")


def test_event_page_shows_type_dates_and_place(client, event_index):
    EventPageFactory(
        parent=event_index,
        slug="oslo",
        event_type="thematic-seminar",
        start_date=datetime.date(2017, 6, 14),
        end_date=datetime.date(2017, 6, 15),
        place="City Hall, Oslo",
    )
    soup = soup_of(client.get("/en/events/oslo/"))
    assert soup.select_one(".story__kicker .tag").text == "Thematic seminar"
    facts = soup.select_one(".event-facts").text
    assert "14–15 June 2017" in facts
    assert "City Hall, Oslo" in facts


def test_private_news_stays_out_of_the_list(client, news_index):
    from wagtail.models import PageViewRestriction

    NewsPageFactory(parent=news_index, title="Public")
    private = NewsPageFactory(parent=news_index, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    soup = soup_of(client.get("/en/news/"))
    assert titles(soup, ".news-list") == ["Public"]
