"""The results index (/admin/citizenship-test/) as a Wagtail listing: one row a city, sorted by
a column, searched by city, filtered by group sessions, and only the user's cities."""

from datetime import date

import pytest

from citizenship_test.models import EventSession
from tests.citizenship_test.conftest import add_completions
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

LISTING = "/admin/citizenship-test/"


@pytest.fixture
def cities(lisbon_customisation, french_lisbon_customisation, rijeka_customisation):
    """Lisbon (in two languages) with 3 tests and a group session, Rijeka with 5 tests."""
    add_completions(lisbon_customisation, 2, date(2026, 1, 5))
    add_completions(french_lisbon_customisation, 1, date(2026, 1, 6), language="fr")
    add_completions(rijeka_customisation, 5, date(2026, 1, 5))
    EventSession.open_for(lisbon_customisation, "en", title="Market day")
    return lisbon_customisation, rijeka_customisation


def rows(response):
    """[(city, completed tests, group sessions)] of the listed rows, in order."""
    return [
        tuple(cell.get_text(strip=True) for cell in row.select("td")[:3])
        for row in soup_of(response).select("tbody tr")
    ]


def test_one_row_a_city_sorted_by_city_then_by_a_column(client, superuser, cities):
    client.force_login(superuser)

    assert rows(client.get(LISTING)) == [("Lisbon", "3", "1"), ("Rijeka", "5", "0")]
    by_tests = client.get(LISTING, {"ordering": "-completion_count"})
    assert rows(by_tests) == [("Rijeka", "5", "0"), ("Lisbon", "3", "1")]
    assert soup_of(by_tests).select_one("thead a[href*='ordering=']")


def test_search_and_the_group_session_filter_narrow_the_rows(client, superuser, cities):
    client.force_login(superuser)

    assert rows(client.get(LISTING, {"q": "rij"})) == [("Rijeka", "5", "0")]
    assert rows(client.get(LISTING, {"has_sessions": "true"})) == [("Lisbon", "3", "1")]
    assert rows(client.get(LISTING, {"has_sessions": "false"})) == [("Rijeka", "5", "0")]


def test_the_header_names_the_screen_and_a_coordinator_sees_only_their_city(
    client, coordinator_of, lisbon, cities
):
    lisbon_customisation, _rijeka_test = cities
    client.force_login(coordinator_of(lisbon))

    page = soup_of(client.get(LISTING))

    assert page.select_one("header h1").get_text(strip=True) == "Citizenship test results"
    assert rows(client.get(LISTING)) == [("Lisbon", "3", "1")]
    assert "Rijeka" not in page.select_one("main").text
    assert page.select_one(f"a[href='/admin/citizenship-test/{lisbon_customisation.pk}/results/']")
    # Nothing here to change in bulk.
    assert not page.select("input[data-bulk-action-checkbox]")
