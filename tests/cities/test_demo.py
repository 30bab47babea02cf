"""The demo loader for city profiles: idempotent, with the slugs other demo content relies on."""

import pytest

from cities import demo
from cities.models import CityIndexPage, CityPage
from tests.conftest import all_locales, ensure_wagtail_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loaded(module_transaction):
    """The cities' demo content, loaded once for the module (in twelve languages it takes
    seconds); each test reads it in a savepoint of its own."""
    with module_transaction():
        demo.load(ensure_wagtail_tree(), all_locales())


def counts():
    return {
        code: CityPage.objects.filter(locale__language_code=code).count()
        for code in ("en", "fr", "ar")
    } | {"indexes": CityIndexPage.objects.count()}


def test_loading_twice_creates_nothing_more(loaded, home_page, locales):
    first = counts()
    demo.load(home_page, locales)

    assert counts() == first
    assert first == {"en": 18, "fr": 18, "ar": 18, "indexes": 3}


def test_every_city_has_a_country_a_year_and_a_statement(loaded, locales):
    english = CityPage.objects.filter(locale=locales["en"])
    assert set(english.values_list("slug", flat=True)) >= {"lisbon", "rijeka", "reykjavik"}
    # The reports say Botkyrka was a member by 2017, not since when: no year is made up.
    for city in english.exclude(slug="botkyrka"):
        assert city.country and city.year_joined and city.statement
    botkyrka = english.get(slug="botkyrka")
    assert botkyrka.country and botkyrka.statement and botkyrka.year_joined is None


def test_every_demo_contact_is_marked_as_a_demo_and_reaches_no_one(loaded, locales):
    marks = {
        "en": "(demo contact)",
        "fr": "(contact de démonstration)",
        "ar": "(جهة اتصال تجريبية)",
    }
    for code, mark in marks.items():
        cities = CityPage.objects.filter(locale=locales[code])
        assert cities.count() == 18
        for city in cities:
            # A role, never an invented person's name; an address on a domain kept for examples.
            assert city.contact_name == ""
            assert city.contact_role.endswith(mark), (code, city.contact_role)
            assert city.contact_email == f"{city.slug}@demo.example.org"


def test_french_lisbon_is_served_in_french_at_its_french_url(client, loaded, home_page, locales):
    from icc_site.localize import publish_translation

    publish_translation(home_page, locales["fr"], {})

    response = client.get("/fr/cities/lisbon/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Lisbonne" in content and "Réseau portugais" in content


def test_arabic_city_list_reads_right_to_left(client, loaded):
    response = client.get("/ar/cities/")

    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
    assert "لشبونة" in response.content.decode()


def test_every_city_profile_links_to_the_citys_own_website(client, loaded, locales):
    english = CityPage.objects.filter(locale=locales["en"])
    assert all(city.website.startswith("https://") for city in english)

    page = client.get("/fr/cities/lisbon/").content.decode()

    assert 'href="https://www.lisboa.pt/"' in page
