"""What a city's results page shows: its scores against averages, similar cities only in groups
of five or more, the trend across editions; and its cost in queries."""

import pytest
from django.test import Client

from intercultural_index.results import benchmark, city_results, group_of
from tests.helpers import queries_for, soup_of
from tests.intercultural_index.conftest import publish_index

pytestmark = pytest.mark.django_db

FIVE_ALIKE = [("Aveiro", "yes"), ("Braga", "partly"), ("Coimbra", "no"), ("Faro", "yes")]
FIVE_ALIKE += [("Guarda", "partly")]


def test_similar_cities_share_a_population_band_and_a_born_abroad_band(make_network):
    cities = make_network(
        [("Small", "yes", 90_000, 20), ("Large", "yes", 900_000, 20), ("Mixed", "yes", 90_000, 40)]
    )

    groups = {title: group_of(city) for title, city in cities.items()}

    assert len(set(groups.values())) == 3
    assert groups["Small"][1] == groups["Large"][1]
    assert groups["Small"][0] == groups["Mixed"][0]


def test_a_group_of_similar_cities_shows_only_from_five_cities(make_network):
    cities = make_network(FIVE_ALIKE[:4] + [("Elsewhere", "no", 2_000_000, 40)])
    assert not city_results(cities["Aveiro"], "en").group_shown

    cities |= make_network(FIVE_ALIKE[4:])
    results = city_results(cities["Aveiro"], "en")

    assert results.group_shown and results.group_size == 5
    # yes 100, partly 50, no 0, yes 100, partly 50 -> 60 on every core area.
    assert results.similar_overall == pytest.approx(60)
    assert {area.code: area.similar for area in results.core_areas} == {
        "education": pytest.approx(60),
        "public-space": pytest.approx(60),
    }
    # The network has six cities, Elsewhere included (0).
    assert results.network_overall == pytest.approx(50)


def test_the_trend_compares_rounds_of_two_editions_on_shared_indicators(
    editions, make_round, make_network
):
    earlier, revised, questions = editions
    lisbon = make_network([("Lisbon", "no")])["Lisbon"]
    make_round(
        lisbon,
        revised,
        [(questions[code], {"choice": "yes"}) for code in ("r1", "r2", "r3", "r4")],
    )

    results = city_results(lisbon, "en")

    # Earlier round: every answer no (0); revised round: every answer yes (100). Shared
    # indicators (schools, squares) compare them; the optional area is shown apart.
    assert [(shared, own) for _year, shared, own in results.trend] == [(0, 0), (100, 100)]
    assert [area.code for area in results.optional_areas] == ["participation"]
    assert "participation" not in [area.code for area in results.core_areas]


def test_the_results_page_draws_the_infographics(client, make_network):
    cities = make_network(FIVE_ALIKE)

    response = client.get("/en/tools/intercultural-index/aveiro/")

    soup = soup_of(response, status=None)
    assert soup.select_one(".index-results__score").text == "100"
    titles = [svg.title.text for svg in soup.select("svg.tool-chart__svg")]
    assert "Overall score" in titles
    assert "Each area against the network average" in titles
    assert "Each area against similar cities" in titles
    assert cities


def test_a_city_that_does_not_publish_shows_no_figures(client, make_network, locales):
    hidden = make_network([("Hidden", "yes")], publish=False)["Hidden"]
    publish_index(hidden, locales, publish_results=False)

    response = client.get("/en/tools/intercultural-index/hidden/")

    soup = soup_of(response, status=None)
    assert soup.select_one(".index-results__none")
    assert not soup.select("svg")
    assert client.get("/en/tools/intercultural-index/hidden/report.pdf").status_code == 404


def test_results_and_network_pages_cost_the_same_queries_with_ten_times_the_rounds(
    client, make_network, editor
):
    cities = make_network([(f"City {number:02}", "yes") for number in range(2)])
    visitor = Client()
    client.force_login(editor)
    results_url = "/en/tools/intercultural-index/city-00/"
    network_url = "/admin/intercultural-index-network/"
    few = (
        queries_for(visitor, results_url, warm=True),
        queries_for(client, network_url, warm=True),
    )

    make_network([(f"Town {number:02}", "partly") for number in range(18)])
    many = (
        queries_for(visitor, results_url, warm=True),
        queries_for(client, network_url, warm=True),
    )

    print("queries (results page, network page)", few, many)
    assert many == few
    # A public page within the site's budget of 15; the admin screen within 20.
    assert few[0] <= 15 and few[1] <= 20, few
    assert benchmark().network_size == 20
    assert cities
