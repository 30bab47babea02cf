"""oEmbed: another site embeds a tool from its URL."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def oembed(client, url, **params):
    return client.get("/api/oembed/", {"url": url, "format": "json", **params})


@pytest.mark.parametrize(
    "url", ["http://testserver/en/tools/throwaway/lisbon/", "/fr/embed/throwaway/lisbon/"]
)
def test_tool_url_gives_a_rich_embed(client, lisbon_customisation, url):
    response = oembed(client, url)

    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "rich"
    assert data["version"] == "1.0"
    assert data["provider_name"] == "Intercultural Cities"
    assert data["title"] == "Throwaway tool – Lisbon"
    assert data["height"] > 0 and data["width"] > 0
    html = BeautifulSoup(data["html"], "html.parser")
    language = "fr" if "/fr/" in url else "en"
    assert html.iframe["src"] == f"http://testserver/{language}/embed/throwaway/lisbon/"
    assert "e.origin!==o" in html.script.string
    assert '"http://testserver"' in html.script.string


def test_maxheight_is_respected(client, lisbon_customisation):
    data = oembed(client, "/en/embed/throwaway/lisbon/", maxheight=300, maxwidth=500).json()
    assert (data["height"], data["width"]) == (300, 500)


@pytest.mark.parametrize(
    "url",
    [
        "/en/embed/throwaway/atlantis/",
        "/de/embed/throwaway/lisbon/",
        "/en/",
        "https://elsewhere.example/en/embed/throwaway/lisbon/",
        "not a url",
        "",
    ],
)
def test_unknown_urls_are_not_found(client, lisbon_customisation, url):
    # LocaleMiddleware first redirects any unprefixed 404 to /en/..., which is a 404 too.
    response = client.get("/api/oembed/", {"url": url, "format": "json"}, follow=True)
    assert response.status_code == 404


def test_xml_is_not_implemented(client, lisbon_customisation):
    response = client.get("/api/oembed/", {"url": "/en/embed/throwaway/lisbon/", "format": "xml"})
    assert response.status_code == 501
