"""The site search page: every page type of the visitor's language, paginated."""

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory
from home.views import RESULTS_PER_PAGE
from tests.helpers import queries_for, soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def search(client, query, language="en", **params):
    return soup_of(client.get(f"/{language}/search/", {"query": query, **params}))


def result_titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".search-results h2 a")]


@pytest.fixture
def city_index(home_page):
    return CityIndexPageFactory(parent=home_page)


def make_cities(city_index, count, word="harbour"):
    return [
        CityPageFactory(
            parent=city_index,
            title=f"Port {number:02d}",
            statement=f"<p>A {word} city of the network.</p>",
        )
        for number in range(count)
    ]


def test_visitor_finds_a_city_by_a_word_of_its_statement(client, city_index):
    CityPageFactory(parent=city_index, title="Lisbon", statement="<p>Azulejos everywhere.</p>")
    CityPageFactory(parent=city_index, title="Oslo", statement="<p>Fjords.</p>")

    soup = search(client, "azulejos")

    assert result_titles(soup) == ["Lisbon"]
    assert soup.select_one(".search-results a")["href"] == "/en/cities/lisbon/"
    assert "City profile" in soup.select_one(".search-results .card__meta").get_text()


def test_search_covers_other_page_types(client, home_page):
    news = pytest.importorskip("news.factories")
    index = news.NewsIndexPageFactory(parent=home_page)
    news.NewsPageFactory(parent=index, title="Anti-rumours campaign launched", intro="Agents.")

    assert result_titles(search(client, "rumours")) == ["Anti-rumours campaign launched"]


def test_visitor_is_told_clearly_when_nothing_matches(client, city_index):
    make_cities(city_index, 2)

    soup = search(client, "zeppelin")

    message = soup.select_one(".empty-state")
    assert "Nothing matches “zeppelin”" in message.get_text()
    assert message["role"] == "status"
    assert not soup.select(".search-results")


def test_empty_query_shows_only_the_form(client, city_index):
    make_cities(city_index, 2)

    soup = search(client, "")

    assert soup.select_one("#search-page-input")
    assert not soup.select(".search-results, .empty-state")


def test_drafts_are_not_found(client, city_index):
    draft = CityPageFactory(parent=city_index, title="Draft", statement="<p>Secret harbour.</p>")
    draft.unpublish()

    assert result_titles(search(client, "harbour")) == []


def test_results_are_in_the_visitor_language(client, city_index, french_home, locales):
    from icc_site.localize import publish_translation

    lisbon = CityPageFactory(parent=city_index, title="Lisbon", slug="lisbon")
    publish_translation(city_index, locales["fr"], {"Cities": "Villes"})
    publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})

    assert result_titles(search(client, "Lisbonne", language="fr")) == ["Lisbonne"]
    assert result_titles(search(client, "Lisbonne", language="en")) == []


def test_results_are_paginated_and_links_keep_the_query(client, city_index):
    make_cities(city_index, RESULTS_PER_PAGE + 3)

    first = search(client, "harbour city")
    second = search(client, "harbour city", page=2)

    assert len(result_titles(first)) == RESULTS_PER_PAGE
    assert len(result_titles(second)) == 3
    assert "13 pages match" in first.select_one(".result-count").get_text()
    next_link = first.select_one('.pagination a[rel="next"]')["href"]
    assert next_link == "?query=harbour+city&page=2"


def test_query_with_an_ampersand_survives_in_the_pagination_links(client, city_index):
    # Written as an editor would type it (escaped in rich text), so that both search back-ends
    # (SQLite's and PostgreSQL's full text) find it.
    make_cities(city_index, RESULTS_PER_PAGE + 1, word="harbour &amp; sea")

    soup = search(client, "harbour&sea")

    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?query=harbour%26sea&page=2"


def test_a_lone_ampersand_between_words_finds_what_both_words_find(client, city_index):
    CityPageFactory(parent=city_index, title="Rijeka", statement="<p>A harbour and sea city.</p>")
    CityPageFactory(parent=city_index, title="Bern", statement="<p>A harbour-free city.</p>")

    assert result_titles(search(client, "harbour & sea")) == ["Rijeka"]
    assert result_titles(search(client, "sea - harbour / &")) == ["Rijeka"]


def queries_for_search(client):
    return queries_for(client, "/en/search/", warm=True, data={"query": "harbour"})


def test_search_costs_the_same_few_queries_for_3_or_15_matches(client, city_index, home_page):
    make_cities(city_index, 3)
    with_three = queries_for_search(client)
    CityPageFactory(parent=city_index, title="Other", statement="<p>A harbour too.</p>")
    more = [
        CityPageFactory(parent=city_index, title=f"Quay {n}", statement="<p>harbour</p>")
        for n in range(11)
    ]
    with_fifteen = queries_for_search(client)

    assert len(more) + 4 == 15
    assert with_three <= 15
    assert with_fifteen == with_three
