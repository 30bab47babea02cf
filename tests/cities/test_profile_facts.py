"""What a city profile tells a visitor at a glance: size, contact and where the city is."""

from decimal import Decimal

import pytest

from tests.helpers import soup_of, updated

pytestmark = pytest.mark.django_db


def facts_of(client, url):
    soup = soup_of(client.get(url))
    return {
        dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in soup.select(".city__facts dt")
    }


@pytest.fixture
def lisbon(lisbon):
    """Lisbon, with its size, its contact and its place on the map."""
    return updated(
        lisbon,
        population=545923,
        contact_name="Intercultural office",
        contact_role="Intercultural Cities coordinator",
        contact_email="intercultural@lisboa.example",
        latitude=Decimal("38.7223"),
        longitude=Decimal("-9.1393"),
    )


def test_visitor_sees_the_population_contact_and_a_map_link(client, lisbon):
    facts = facts_of(client, "/en/cities/lisbon/")

    assert facts["Population"].get_text() == "545,923"
    assert [line.get_text() for line in facts["Contact"].find_all(True)] == [
        "Intercultural office",
        "Intercultural Cities coordinator",
        "intercultural@lisboa.example",
    ]
    assert facts["Contact"].a["href"] == "mailto:intercultural@lisboa.example"
    # A link to OpenStreetMap's own site: nothing is loaded from it on the profile.
    assert facts["Map"].a["href"] == (
        "https://www.openstreetmap.org/?mlat=38.7223&mlon=-9.1393#map=12/38.7223/-9.1393"
    )
    assert facts["Map"].a.get_text() == "Lisbon on OpenStreetMap"


def test_population_is_written_as_the_language_writes_numbers(client, lisbon, french_home, locales):
    from icc_site.localize import publish_translation

    publish_translation(lisbon.get_parent().specific, locales["fr"], {"Cities": "Villes"})
    publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})

    facts = facts_of(client, "/fr/cities/lisbon/")

    assert facts["Population"].get_text() == "545\xa0923"  # French groups with a space
    # Coordinates are not translated: the French profile points to the same place.
    assert "mlat=38.7223" in facts["Carte"].a["href"]


def test_profile_loads_no_map_or_image_from_another_site(client, lisbon):
    content = client.get("/en/cities/lisbon/").content.decode()

    assert "tile" not in content
    assert "<iframe" not in content


def test_a_city_without_a_contact_points_to_the_programme(client, oslo, settings):
    settings.PROGRAMME_CONTACT_EMAIL = "secretariat@icc.example.org"

    contact = facts_of(client, "/en/cities/oslo/")["Contact"]

    assert contact.get_text(" ", strip=True) == (
        "For this city, write to the network's secretariat: secretariat@icc.example.org"
    )
    assert contact.a["href"] == "mailto:secretariat@icc.example.org"
