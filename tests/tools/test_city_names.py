"""A tool's pages name the city as its profile does in the page's language ("Lisbonne" on a
French page, "لشبونة" on an Arabic one), not by its English name."""

import pytest

from icc_site.localize import publish_translation
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

NAMES = {"fr": "Lisbonne", "ar": "لشبونة"}


@pytest.fixture
def translated_lisbon_tool(make_customisation, lisbon, french_home, arabic_home, locales):
    for language, name in NAMES.items():
        publish_translation(lisbon.get_parent(), locales[language], {})
        publish_translation(lisbon, locales[language], {"Lisbon": name})
    return make_customisation(lisbon, languages=["en", "fr", "ar"])


@pytest.mark.parametrize("language", NAMES)
def test_the_tool_page_names_the_city_in_the_pages_language(
    client, translated_lisbon_tool, language
):
    soup = soup_of(client.get(f"/{language}/tools/throwaway/lisbon/"))
    name = NAMES[language]

    assert soup.title.get_text().strip().startswith(f"Throwaway tool – {name}")
    assert soup.select_one('meta[property="og:title"]')["content"].endswith(name)
    assert name in soup.select_one(".tool__city").get_text()
    assert "Lisbon " not in soup.title.get_text()


@pytest.mark.parametrize("language", NAMES)
def test_the_landing_page_lists_the_city_in_the_pages_language(
    client, translated_lisbon_tool, language
):
    soup = soup_of(client.get(f"/{language}/tools/throwaway/"))

    cities = [a.get_text(strip=True) for a in soup.select(".tool-landing__cities a")]
    assert cities == [NAMES[language]]
    assert NAMES[language] in soup.select_one(".page-header a.button").get_text()
