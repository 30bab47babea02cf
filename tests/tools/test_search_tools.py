"""The site search finds the tools offered in the language of the search, not the others."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def tool_results(client, query, language):
    response = client.get(f"/{language}/search/", {"query": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (link.get_text(strip=True), link["href"])
        for link in soup.select(".search-results--tools a")
    ]


def test_search_finds_a_tool_by_its_name_and_city(client, lisbon_tool, french_home):
    assert tool_results(client, "throwaway lisbon", "fr") == [
        ("Throwaway tool – Lisbon", "/fr/tools/throwaway/lisbon/")
    ]


def test_search_does_not_offer_a_tool_in_a_language_the_city_does_not_offer(
    client, lisbon_tool, home_page, locales
):
    assert tool_results(client, "throwaway", "de") == []
    assert tool_results(client, "throwaway", "en") == [
        ("Throwaway tool – Lisbon", "/en/tools/throwaway/lisbon/")
    ]


def test_every_link_the_search_gives_answers(client, lisbon_tool, french_home):
    for _title, url in tool_results(client, "throwaway", "fr"):
        assert client.get(url).status_code == 200
