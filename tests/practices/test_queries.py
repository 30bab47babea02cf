"""Query budgets: at most 15 queries a page, whatever the number of practices.

Each measure follows one warm-up request, so Wagtail's site-root cache is filled as it is on a
running site; the budget is about this page's own work, not a cold cache.
"""

import pytest

from tests.helpers import queries_for

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

BUDGET = 15


@pytest.fixture
def make_many(make_practice, cities, topics):
    """Create `count` practices spread over cities, topics and years."""
    created = []

    def make(count):
        city_list, topic_list = list(cities.values()), list(topics.values())
        for _ in range(count):
            number = len(created)
            created.append(
                make_practice(
                    title=f"Practice number {number}",
                    city=city_list[number % len(city_list)],
                    start_year=2008 + number % 10,
                    end_year=None if number % 3 else 2019,
                    topics=[topic_list[number % 4], topic_list[(number + 1) % 4]],
                )
            )
        return created

    return make


@pytest.mark.parametrize(
    "url",
    [
        "/en/practices/",
        "/en/practices/?topic=housing&city=lisbon&year=2015",
        "/en/practices/?q=practice&country=Norway",
        "/en/practices/?page=2",
    ],
)
def test_list_page_fits_the_query_budget(client, make_many, url, django_assert_max_num_queries):
    make_many(20)
    client.get(url)
    with django_assert_max_num_queries(BUDGET):
        assert client.get(url).status_code == 200


def test_list_page_queries_do_not_grow_with_the_number_of_practices(client, make_many):
    make_many(3)
    with_three = queries_for(client, "/en/practices/?topic=housing", warm=True)
    make_many(17)
    assert queries_for(client, "/en/practices/?topic=housing", warm=True) == with_three


def test_practice_page_fits_the_query_budget(client, make_many, django_assert_max_num_queries):
    make_many(20)
    client.get("/en/practices/practice-number-4/")
    with django_assert_max_num_queries(BUDGET):
        assert client.get("/en/practices/practice-number-4/").status_code == 200


def test_practice_page_queries_do_not_grow_with_the_number_of_practices(client, make_many):
    make_many(3)
    with_three = queries_for(client, "/en/practices/practice-number-1/", warm=True)
    make_many(17)
    assert queries_for(client, "/en/practices/practice-number-1/", warm=True) == with_three


def test_french_list_fits_the_query_budget(client, french_practices, django_assert_max_num_queries):
    client.get("/fr/practices/")
    with django_assert_max_num_queries(BUDGET):
        assert client.get("/fr/practices/").status_code == 200


def test_api_listing_queries_do_not_grow_with_the_number_of_practices(client, make_many):
    make_many(3)
    with_three = queries_for(client, "/api/v2/practices/?topic=housing", warm=True)
    make_many(17)
    assert queries_for(client, "/api/v2/practices/?topic=housing", warm=True) == with_three


def test_french_practice_page_fits_the_query_budget(
    client, french_practices, django_assert_max_num_queries
):
    client.get("/fr/practices/marvila-housing/")
    with django_assert_max_num_queries(BUDGET):
        assert client.get("/fr/practices/marvila-housing/").status_code == 200


def test_in_production_other_filters_reuse_the_practices_until_a_publish(
    client, make_many, make_practice, cities, topics, page_cache_on
):
    make_many(20)
    client.get("/en/")  # warm-up: Wagtail's site roots, the page cache's generation
    first = queries_for(client, "/en/practices/?topic=housing")

    # A combination no visitor has asked for yet: the page cache cannot answer it, but the
    # practices read for the first list (and the menu) are reused.
    other = queries_for(client, "/en/practices/?city=oslo&year=2015")
    assert other <= first - 3

    make_practice(
        title="Oslo newcomers' welcome",
        city=cities["oslo"],
        start_year=2015,
        topics=[topics["housing"]],
    )
    fresh = client.get("/en/practices/?city=oslo&year=2015&topic=housing")
    assert "welcome" in fresh.text
