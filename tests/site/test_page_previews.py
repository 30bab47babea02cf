"""Every page says what it is about to search engines and to link previews (Open Graph)."""

import pytest

from cities.factories import CityPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from publications.factories import DeclarationIndexPageFactory, DeclarationPageFactory
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = soup_of(response, status=None)
    tags = soup.select("meta[content]")
    return {tag.get("name") or tag.get("property"): tag["content"] for tag in tags}


def test_city_profile_is_described_by_its_statement_in_plain_text(client, city_index):
    CityPageFactory(
        parent=city_index,
        title="Lisbon",
        slug="lisbon",
        statement="<p>Lisbon &amp; its <b>neighbourhoods</b> welcome newcomers.</p>",
    )

    meta = head_of(client, "/en/cities/lisbon/")

    assert meta["description"] == "Lisbon & its neighbourhoods welcome newcomers."
    assert meta["og:description"] == meta["description"]
    assert meta["og:title"] == "Lisbon"
    assert meta["og:url"] == "http://testserver/en/cities/lisbon/"
    assert meta["og:site_name"] == "Intercultural Cities"
    assert meta["og:locale"] == "en_GB"


def test_the_editors_search_description_wins_and_news_is_an_article(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(
        parent=index, slug="forum", intro="The forum met.", search_description="Read this."
    )

    meta = head_of(client, "/en/news/forum/")

    assert meta["description"] == "Read this."
    assert meta["og:type"] == "article"


def test_a_long_summary_is_cut_at_a_word(client, home_page):
    index = DeclarationIndexPageFactory(parent=home_page)
    DeclarationPageFactory(parent=index, slug="lisbon", summary="Cities agree " * 30)

    description = head_of(client, "/en/declarations/lisbon/")["description"]

    assert len(description) <= 160
    assert description.endswith("agree…")


def test_a_page_without_any_summary_is_described_as_the_network(client, city_index):
    meta = head_of(client, "/en/cities/")

    assert "Intercultural Cities network" in meta["description"]
    assert meta["og:title"] == "Cities"
