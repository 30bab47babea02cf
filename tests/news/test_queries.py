"""Each public page type renders in a bounded number of queries, however many items it lists."""

import pytest
from wagtail_factories import ImageFactory

from cities.factories import CityIndexPageFactory, CityPageFactory
from news.factories import EventPageFactory, NewsPageFactory

from .conftest import days

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


@pytest.fixture
def city(home_page):
    return CityPageFactory(parent=CityIndexPageFactory(parent=home_page), title="Bergen")


def add_news(news_index, city, numbers):
    # Every item with an image and a city: the most a card or a page shows.
    for n in numbers:
        NewsPageFactory(parent=news_index, slug=f"item-{n}", image=ImageFactory(), city=city)


def add_events(event_index, city, today, numbers):
    for n in numbers:
        # Half upcoming, half past, so that both lists of the index are filled.
        start = today + days(n + 1) if n % 2 else today - days(n + 1)
        EventPageFactory(
            parent=event_index, slug=f"event-{n}", start_date=start, end_date=start, city=city
        )


def count_queries(client, url, django_assert_max_num_queries):
    # The first request makes the image renditions, a one-off cost; measure the next one.
    assert client.get(url).status_code == 200
    with django_assert_max_num_queries(MAX_QUERIES) as captured:
        assert client.get(url).status_code == 200
    print(f"{url}: {len(captured)} queries")
    return len(captured)


@pytest.mark.parametrize(
    "path", ["/en/news/", "/en/news/item-0/", "/en/news/feed/rss/", "/en/news/feed/atom/"]
)
def test_news_pages_stay_within_the_query_budget(
    client, news_index, city, path, django_assert_max_num_queries
):
    add_news(news_index, city, range(3))
    with_three = count_queries(client, path, django_assert_max_num_queries)
    add_news(news_index, city, range(3, 15))
    with_fifteen = count_queries(client, path, django_assert_max_num_queries)
    assert with_fifteen == with_three


@pytest.mark.parametrize(
    "path",
    [
        "/en/events/",
        "/en/events/?when=past",
        "/en/events/event-0/",
        "/en/events/ical/",
        "/en/events/event-0/ical/",
    ],
)
def test_event_pages_stay_within_the_query_budget(
    client, event_index, city, today, path, django_assert_max_num_queries
):
    add_events(event_index, city, today, range(3))
    with_three = count_queries(client, path, django_assert_max_num_queries)
    add_events(event_index, city, today, range(3, 15))
    with_fifteen = count_queries(client, path, django_assert_max_num_queries)
    assert with_fifteen == with_three


def test_home_page_summaries_cost_the_same_for_any_number_of_items(
    news_index, event_index, city, today, locales, django_assert_num_queries
):
    from news.models import latest_news, upcoming_events

    add_news(news_index, city, range(6))
    add_events(event_index, city, today, range(12))
    # News: the items with their city and image, then the image renditions. Events: one query.
    with django_assert_num_queries(3):
        news = latest_news(locales["en"], limit=5)
        events = upcoming_events(locales["en"], limit=5)
        [(item.city.title, item.image.renditions.all()) for item in news]
        [event.city.title for event in events]
    assert (len(news), len(events)) == (5, 5)
