"""The framed and full-page routes of a city's tool, their headers and their 404s."""

import pytest
from wagtail.models import Locale

from tests.helpers import captured_queries, soup_of

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    policy = response.headers.get("Content-Security-Policy", "")
    for directive in policy.split(";"):
        name, _sep, sources = directive.strip().partition(" ")
        if name == "frame-ancestors":
            return sources.split()
    return None


def test_embed_shows_the_tool_in_the_city_colours_without_site_header(client, lisbon_customisation):
    response = client.get("/en/embed/throwaway/lisbon/")

    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert not soup.select(".site-header") and not soup.select(".site-footer")
    tool = soup.select_one("main.tool")
    assert "--tool-primary: #123456" in tool["style"]
    assert "--tool-secondary: #abcdef" in tool["style"]
    assert soup.select_one(".tool__intro").get_text(strip=True) == "Welcome to the tool."
    assert soup.select_one(".greeting").get_text() == "Hello"
    assert soup.find("script", src="/static/tools/embed.js")
    assert soup.html["lang"] == "en"


def test_embed_may_be_framed_only_by_the_city_origins(client, lisbon_customisation):
    lisbon_customisation.allowed_origins = ["https://www.lisboa.pt", "http://localhost:8001"]
    lisbon_customisation.save_revision().publish()

    response = client.get("/en/embed/throwaway/lisbon/")

    assert frame_ancestors(response) == ["'self'", "https://www.lisboa.pt", "http://localhost:8001"]
    assert "X-Frame-Options" not in response.headers


def test_each_city_lists_its_own_origins(client, lisbon_customisation, rijeka_customisation):
    response = client.get("/en/embed/throwaway/rijeka/")

    assert frame_ancestors(response) == ["'self'", "https://rijeka.example"]


def test_other_pages_refuse_to_be_framed(client, lisbon_customisation, home_page):
    for url in ["/en/", "/en/tools/throwaway/lisbon/", "/en/search/", "/api/v2/tools/"]:
        response = client.get(url)
        assert response.headers["X-Frame-Options"] == "DENY", url
        assert frame_ancestors(response) == ["'self'"], url


def test_full_page_has_the_site_header_and_announces_oembed(
    client, lisbon_customisation, home_page
):
    response = client.get("/en/tools/throwaway/lisbon/")

    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert soup.select_one(".site-header")
    assert soup.select_one(".tool .greeting")
    link = soup.find("link", type="application/json+oembed")
    assert link["href"].startswith("http://testserver/api/oembed/?url=")
    assert "tools%2Fthrowaway%2Flisbon" in link["href"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/embed/no-such-tool/lisbon/",
        "/en/embed/throwaway/atlantis/",
        "/en/embed/throwaway/rijeka/",  # Rijeka has no customisation
        "/en/embed/throwaway/lisbon/unknown-screen/",
        "/en/tools/throwaway/atlantis/",
    ],
)
def test_unknown_tool_city_or_screen_is_not_found(client, lisbon_customisation, rijeka, url):
    Locale.objects.get_or_create(language_code="de")
    assert client.get(url).status_code == 404


def test_disabled_customisation_is_not_found(client, lisbon_customisation):
    lisbon_customisation.enabled = False
    lisbon_customisation.save_revision().publish()

    assert client.get("/en/embed/throwaway/lisbon/").status_code == 404


def test_draft_customisation_is_not_found_until_published(client, make_customisation, lisbon):
    draft = make_customisation(lisbon, publish=False)

    assert client.get("/en/embed/throwaway/lisbon/").status_code == 404
    draft.get_latest_revision().publish()
    assert client.get("/en/embed/throwaway/lisbon/").status_code == 200


def test_unpublished_changes_are_not_shown(client, lisbon_customisation):
    lisbon_customisation.greeting = "Draft greeting"
    lisbon_customisation.save_revision()

    soup = soup_of(client.get("/en/embed/throwaway/lisbon/"), status=None)
    assert soup.select_one(".greeting").get_text() == "Hello"


def test_offered_language_without_translation_shows_the_source_texts(client, lisbon_customisation):
    response = client.get("/fr/embed/throwaway/lisbon/")

    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "fr"
    assert soup.select_one(".tool__intro").get_text(strip=True) == "Welcome to the tool."


def test_translated_customisation_shows_its_translation(client, lisbon_customisation, locales):
    from icc_site.localize import publish_translation

    publish_translation(
        lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue dans l'outil."}
    )

    soup = soup_of(client.get("/fr/embed/throwaway/lisbon/"), status=None)
    assert soup.select_one(".tool__intro").get_text(strip=True) == "Bienvenue dans l'outil."
    soup = soup_of(client.get("/en/embed/throwaway/lisbon/"), status=None)
    assert soup.select_one(".tool__intro").get_text(strip=True) == "Welcome to the tool."


def test_arabic_embed_is_right_to_left(client, make_customisation, lisbon):
    make_customisation(lisbon, languages=["en", "ar"])

    soup = soup_of(client.get("/ar/embed/throwaway/lisbon/"), status=None)
    assert soup.html["dir"] == "rtl"


def test_embed_page_stays_within_its_query_budget(client, lisbon_customisation):
    client.get("/en/embed/throwaway/lisbon/")  # warm the content type cache
    with captured_queries() as queries:
        response = client.get("/en/embed/throwaway/lisbon/")
    assert response.status_code == 200
    assert len(queries) <= 15


def test_full_page_stays_within_its_query_budget(client, lisbon_customisation, home_page):
    client.get("/en/tools/throwaway/lisbon/")
    with captured_queries() as queries:
        response = client.get("/en/tools/throwaway/lisbon/")
    assert response.status_code == 200
    assert len(queries) <= 15


def test_only_get_is_accepted_by_a_tool_without_forms(
    client, lisbon_customisation, throwaway_model
):
    throwaway_model.accepts_posts = False
    try:
        response = client.post("/en/embed/throwaway/lisbon/", HTTP_ORIGIN="http://testserver")
    finally:
        throwaway_model.accepts_posts = True
    assert response.status_code == 405
