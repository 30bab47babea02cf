"""Every city-scoped admin listing has a "City" filter offering only the user's cities."""

import pytest

from antirumours.factories import RumourReportFactory
from cities.factories import CityPageFactory
from tests.helpers import soup_of
from tools.models import CityCoordinators

pytestmark = pytest.mark.django_db

QUEUE = "/admin/snippets/antirumours/rumourreport/"


@pytest.fixture
def cities(city_index):
    return {
        slug: CityPageFactory(parent=city_index, title=slug.title(), slug=slug)
        for slug in ("lisbon", "oslo", "rijeka")
    }


@pytest.fixture
def two_city_coordinator(client, coordinator_of, cities):
    user = coordinator_of(cities["lisbon"])
    user.groups.add(CityCoordinators.for_city(cities["oslo"]).group)
    client.force_login(user)
    return client


def listed(response):
    page = soup_of(response, status=None)
    return [row.get_text(" ", strip=True) for row in page.select("table.listing tbody tr")]


def test_a_coordinator_of_two_cities_narrows_the_queue_to_one(two_city_coordinator, cities):
    for slug in cities:
        RumourReportFactory(city=cities[slug], text=f"Heard in {slug} market")

    page = soup_of(two_city_coordinator.get(QUEUE), status=None)
    offered = [option.get_text(strip=True) for option in page.select("select[name=city] option")]
    only_oslo = listed(two_city_coordinator.get(QUEUE, {"city": cities["oslo"].pk}))

    assert "Lisbon" in offered and "Oslo" in offered and "Rijeka" not in offered
    assert len(only_oslo) == 1 and "oslo" in only_oslo[0].lower()


def test_another_citys_id_in_the_filter_shows_nothing_of_it(two_city_coordinator, cities):
    RumourReportFactory(city=cities["rijeka"], text="Heard in rijeka harbour")

    response = two_city_coordinator.get(QUEUE, {"city": cities["rijeka"].pk})

    assert response.status_code == 200
    assert "rijeka harbour" not in response.content.decode()
