"""Query budgets: the public screens cost the same with 3 items or 30."""

import pytest

from heritage_mapping.vocabulary import Status
from tests.helpers import queries_for

pytestmark = pytest.mark.django_db

BASE = "/en/embed/heritage-map/lisbon/mouraria/"
BUDGET = 15
URLS = [
    BASE,
    f"{BASE}?category=food",
    f"{BASE}?community=residents",
    f"{BASE}heritage.geojson",
    f"{BASE}heritage.csv",
    f"{BASE}analysis/",
    f"{BASE}action-plan/",
    "/en/tools/heritage-map/lisbon/mouraria/",
]


def add_items(project, make_item, count):
    for number in range(count):
        make_item(
            project,
            f"Item {number}",
            communities=["residents", "cape-verdean"],
            status=Status.APPROVED if number % 4 else Status.PENDING,
        )


@pytest.mark.parametrize("url", URLS)
def test_public_screens_stay_within_budget_whatever_the_number_of_items(
    client, mouraria, make_item, url
):
    add_items(mouraria, make_item, 3)
    client.get(url)  # warm caches (content types, site root)
    few = queries_for(client, url)
    add_items(mouraria, make_item, 30)
    many = queries_for(client, url)

    assert few <= BUDGET, few
    assert many == few


def test_the_contribution_form_stays_within_budget(client, mouraria):
    url = f"{BASE}contribute/"
    client.get(url)

    assert queries_for(client, url) <= BUDGET
