"""The Index is a benchmark, never a ranking: no page, export or API lists cities in score
order. Cities are made so that their name order and their score order differ; every listing of
several cities must follow the names."""

import io

import pytest
from openpyxl import load_workbook

from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

# Name order: Alba, Bruges, Cork, Delft, Espoo, Faro. Score order (highest first): Delft, Faro,
# Bruges, Alba... so a listing in either score order differs from the name order.
CITIES = [
    ("Alba", "no"),
    ("Bruges", "partly"),
    ("Cork", "no"),
    ("Delft", "yes"),
    ("Espoo", "partly"),
    ("Faro", "yes"),
]
NAMES = [name for name, _choice in CITIES]


def in_text_order(text, names=NAMES):
    """The names, in the order they first appear in `text`."""
    found = [(text.index(name), name) for name in names if name in text]
    return [name for _position, name in sorted(found)]


@pytest.fixture
def network(make_network):
    return make_network(CITIES)


def test_the_api_lists_cities_by_name(client, network):
    items = client.get("/api/v2/intercultural-index/").json()["items"]

    assert [item["title"] for item in items] == NAMES
    overall = [item["rounds"][-1]["overall"] for item in items]
    assert overall != sorted(overall) and overall != sorted(overall, reverse=True)


def test_the_network_screen_and_its_exports_list_cities_by_name(client, network, editor):
    client.force_login(editor)

    page = client.get("/admin/intercultural-index-network/")
    rows = soup_of(page, status=None).select("table")[-1].select("tbody th")
    assert [row.get_text(" ", strip=True) for row in rows] == NAMES

    exported = client.get("/admin/intercultural-index-network/rounds.csv").content.decode()
    assert in_text_order(exported) == NAMES

    workbook = load_workbook(
        io.BytesIO(client.get("/admin/intercultural-index-network/rounds.xlsx").content)
    )
    first_column = [row[0].value for row in workbook.active.iter_rows(min_row=2)]
    assert first_column == NAMES


def test_no_public_page_lists_cities_in_score_order(client, network, home_page):
    from tools.models import ToolIndexPage

    home_page.add_child(instance=ToolIndexPage(title="Tools", slug="tools"))
    for url in ("/en/tools/", "/en/tools/intercultural-index/delft/"):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        listed = in_text_order(response.content.decode())
        assert listed in ([], ["Delft"], NAMES), (url, listed)
