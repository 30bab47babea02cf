"""A tool's own page, without a city: what it is for, who offers it, how a city gets it."""

import pytest

from cities.factories import CityPageFactory
from tests.helpers import captured_queries, soup_of

pytestmark = pytest.mark.django_db


def landing_soup(client, url="/en/tools/throwaway/"):
    return soup_of(client.get(url))


def test_visitor_reads_what_the_tool_is_for_and_which_cities_offer_it(
    client, lisbon_customisation, rijeka_customisation, make_customisation, city_index
):
    # A city whose customisation is still a draft is not listed.
    make_customisation(CityPageFactory(parent=city_index, title="Oslo", slug="oslo"), False)

    soup = landing_soup(client)

    assert soup.h1.get_text(strip=True) == "Throwaway tool"
    assert "exists only in tests" in soup.select_one(".page-header .lead").get_text()
    cities = {a.get_text(strip=True): a["href"] for a in soup.select(".tool-landing__cities a")}
    assert cities == {
        "Lisbon": "/en/tools/throwaway/lisbon/",
        "Rijeka": "/en/tools/throwaway/rijeka/",
    }


def test_visitor_tries_the_tool_with_a_demo_city(
    client, lisbon_customisation, rijeka_customisation, settings
):
    settings.TOOLS_DEMO_CITY = "rijeka"

    try_it = landing_soup(client).select_one(".page-header a.button")

    assert try_it.get_text(strip=True) == "Try it as residents of Rijeka see it"
    assert client.get(try_it["href"]).status_code == 200


def test_a_city_learns_how_to_get_the_tool_with_a_working_embed_code(client, lisbon_customisation):
    soup = landing_soup(client)

    steps = soup.select(".tool-landing__steps li")
    code = soup.select_one("pre.tool-landing__code").get_text()
    contact = soup.select_one('a[href^="mailto:"]')

    assert len(steps) == 3
    assert '<iframe src="http://testserver/en/embed/throwaway/lisbon/"' in code
    assert contact["href"] == "mailto:intercultural.cities@coe.int"


def test_a_city_asks_the_demo_citys_coordinator_how_it_went(client, lisbon_customisation):
    lisbon = lisbon_customisation.city
    lisbon.contact_email = "lisbon@demo.example.org"
    lisbon.save()

    contacts = landing_soup(client).select('a[href^="mailto:"]')

    assert [a["href"] for a in contacts] == [
        "mailto:intercultural.cities@coe.int",
        "mailto:lisbon@demo.example.org",
    ]
    assert contacts[1].parent.get_text(" ", strip=True) == (
        "To hear how Lisbon uses it, write to its coordinator: lisbon@demo.example.org"
    )


def test_the_landing_page_exists_in_every_language_even_without_a_city(
    client, throwaway_model, french_home
):
    soup = landing_soup(client, "/fr/tools/throwaway/")

    assert soup.html["lang"] == "fr"
    assert soup.select_one(".empty-state")  # no city offers it yet
    assert client.get("/en/tools/no-such-tool/").status_code == 404


def test_the_directory_page_links_each_tool_to_its_landing_page(
    client, home_page, lisbon_customisation
):
    from tools.models import ToolIndexPage

    home_page.add_child(instance=ToolIndexPage(title="Tools", slug="tools"))

    soup = landing_soup(client, "/en/tools/")

    assert soup.select_one("#tool-throwaway a")["href"] == "/en/tools/throwaway/"


def test_landing_page_queries_do_not_grow_with_the_number_of_cities(
    client, lisbon_customisation, make_customisation, city_index
):
    def count():
        client.get("/en/tools/throwaway/")
        with captured_queries() as captured:
            landing_soup(client)
        return len(captured)

    with_one = count()
    for number in range(5):
        city = CityPageFactory(parent=city_index, title=f"Town {number}", slug=f"town-{number}")
        make_customisation(city)

    assert count() == with_one <= 15
