"""The list of member cities and a city's profile, as a visitor sees them."""

import pytest
import wagtail_factories

from cities.factories import CityPageFactory
from tests.helpers import queries_for, soup_of, updated

pytestmark = pytest.mark.django_db


@pytest.fixture
def lisbon(lisbon):
    """Lisbon, with what its profile tells a visitor."""
    return updated(
        lisbon,
        national_network="Portuguese network of intercultural cities",
        year_joined=2011,
        statement="<p>Lisbon hosted the milestone event of 2017.</p>",
        website="https://www.lisboa.pt/",
    )


def test_visitor_sees_cities_under_their_country_with_year_joined(client, make_cities, lisbon):
    make_cities(2, countries=("Norway",))

    soup = soup_of(client.get("/en/cities/"))

    groups = {
        group.h2.get_text(strip=True): [a.get_text(strip=True) for a in group.select("a")]
        for group in soup.select(".country-group")
    }
    assert groups == {"Norway": ["Town 00", "Town 01"], "Portugal": ["Lisbon"]}
    assert list(groups) == ["Norway", "Portugal"]
    lisbon_item = soup.find("a", string="Lisbon").parent
    assert "2011" in lisbon_item.get_text()
    assert lisbon_item.a["href"] == "/en/cities/lisbon/"


def test_empty_index_says_there_are_no_cities_yet(client, city_index):
    soup = soup_of(client.get("/en/cities/"))

    assert soup.select_one(".empty-state")
    assert not soup.select(".country-group")


def test_city_profile_shows_its_facts_and_statement(client, lisbon):
    soup = soup_of(client.get("/en/cities/lisbon/"))

    assert soup.h1.get_text(strip=True) == "Lisbon"
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in soup.select(".city__facts dt")
    }
    assert facts["Country"] == "Portugal"
    assert facts["National network"] == "Portuguese network of intercultural cities"
    assert facts["Member since"] == "2011"
    assert soup.select_one(".city__facts a")["href"] == "https://www.lisboa.pt/"
    assert "milestone event of 2017" in soup.select_one(".city__statement").get_text()


def test_city_profile_without_optional_facts_leaves_them_out(client, city_index):
    CityPageFactory(parent=city_index, title="Rijeka", slug="rijeka", country="Croatia")

    soup = soup_of(client.get("/en/cities/rijeka/"))

    # No map without coordinates; the contact is the programme's until the city names one.
    assert [dt.get_text(strip=True) for dt in soup.select(".city__facts dt")] == [
        "Country",
        "Member since",
        "Contact",
    ]
    assert not soup.select(".city__image")


def test_city_profile_shows_its_image_with_alt_text(client, lisbon):
    lisbon.image = wagtail_factories.ImageFactory(title="Praça do Comércio")
    lisbon.save_revision().publish()

    soup = soup_of(client.get("/en/cities/lisbon/"))

    image = soup.select_one(".city__image img")
    assert image["alt"] == "Praça do Comércio"


def test_city_profile_without_practices_news_or_declarations_shows_no_empty_sections(
    client, lisbon
):
    soup = soup_of(client.get("/en/cities/lisbon/"))

    assert not soup.select("section.section")


def test_french_city_profile_is_served_at_its_french_url(client, lisbon, french_home, locales):
    from icc_site.localize import publish_translation

    publish_translation(lisbon.get_parent().specific, locales["fr"], {"Cities": "Villes"})
    publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne", "Portugal": "Portugal"})

    soup = soup_of(client.get("/fr/cities/lisbon/"))

    assert soup.html["lang"] == "fr"
    assert soup.h1.get_text(strip=True) == "Lisbonne"
    alternates = {link["hreflang"] for link in soup.select('link[rel="alternate"]')}
    assert alternates == {"en", "fr"}


def test_french_index_lists_the_french_cities(client, lisbon, french_home, locales):
    from icc_site.localize import publish_translation

    publish_translation(lisbon.get_parent().specific, locales["fr"], {"Cities": "Villes"})
    publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})

    soup = soup_of(client.get("/fr/cities/"))

    link = soup.select_one(".country-group a")
    assert (link.get_text(strip=True), link["href"]) == ("Lisbonne", "/fr/cities/lisbon/")


@pytest.mark.parametrize("count", [3, 15])
def test_city_index_query_count_does_not_grow_with_cities(
    client, make_cities, count, django_assert_max_num_queries
):
    make_cities(count)
    client.get("/en/cities/")  # warm the site-root cache, as on a running site

    with django_assert_max_num_queries(15):
        response = client.get("/en/cities/")

    assert len(soup_of(response).select(".city-list__item")) == count


def test_city_index_costs_the_same_for_3_and_15_cities(
    client, make_cities, django_assert_num_queries
):
    def queries_for_index():
        return queries_for(client, "/en/cities/", warm=True)

    make_cities(3)
    with_three = queries_for_index()
    make_cities(12)
    assert queries_for_index() == with_three


def test_city_profile_stays_within_the_query_budget(client, lisbon, django_assert_max_num_queries):
    client.get("/en/cities/lisbon/")

    with django_assert_max_num_queries(15):
        client.get("/en/cities/lisbon/")
