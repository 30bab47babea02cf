"""The site search finds each tool's landing page in every language, and the cities' versions
offered in the language of the search, not the others."""

import pytest

from tests.helpers import soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def tool_results(client, query, language):
    response = client.get(f"/{language}/search/", {"query": query})
    assert response.status_code == 200
    soup = soup_of(response, status=None)
    return [
        (link.get_text(strip=True), link["href"])
        for link in soup.select(".search-results--tools a")
    ]


LANDING = ("Throwaway tool", "/{language}/tools/throwaway/")


def test_search_finds_a_tool_by_its_name_and_city(client, lisbon_customisation, french_home):
    assert tool_results(client, "throwaway lisbon", "fr") == [
        ("Throwaway tool – Lisbon", "/fr/tools/throwaway/lisbon/")
    ]


def test_search_finds_the_tools_landing_page_in_every_language(
    client, throwaway_model, home_page, locales
):
    # No city offers the tool at all: its landing page is still found, in German too.
    for language in ("en", "de"):
        assert tool_results(client, "tests throwaway", language) == [
            (LANDING[0], LANDING[1].format(language=language))
        ]


def test_search_does_not_offer_a_tool_in_a_language_the_city_does_not_offer(
    client, lisbon_customisation, home_page, locales
):
    assert tool_results(client, "throwaway", "de") == [(LANDING[0], "/de/tools/throwaway/")]
    assert tool_results(client, "throwaway", "en") == [
        (LANDING[0], "/en/tools/throwaway/"),
        ("Throwaway tool – Lisbon", "/en/tools/throwaway/lisbon/"),
    ]


def test_every_link_the_search_gives_answers(client, lisbon_customisation, french_home):
    for _title, url in tool_results(client, "throwaway", "fr"):
        assert client.get(url).status_code == 200
