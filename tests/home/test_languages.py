"""Every public URL carries its language; the switcher and hreflang follow the translations."""

import pytest

from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_language_the_browser_prefers(client, french_home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_root_redirects_to_english_for_an_unknown_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response["Location"] == "/en/"


def test_french_home_is_served_in_french(client, french_home):
    response = client.get("/fr/")
    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "fr"
    assert soup.html["dir"] == "ltr"
    assert "Cités interculturelles" in soup.h1.text


def test_arabic_page_renders_right_to_left(client, arabic_home):
    response = client.get("/ar/")
    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "ar"
    assert soup.html["dir"] == "rtl"


def test_hreflang_alternates_list_each_translation(client, french_home):
    soup = soup_of(client.get("/en/"), status=None)
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }
    assert alternates == {"en": "http://testserver/en/", "fr": "http://testserver/fr/"}


def test_switcher_leads_to_nearest_translated_ancestor(client, home_page, french_home):
    from cities.models import CityIndexPage

    index = home_page.add_child(instance=CityIndexPage(title="Cities", slug="cities"))
    soup = soup_of(client.get("/en/cities/"), status=None)
    links = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    # The index is not translated into French: French leads to the French home page.
    assert links == {"en": "/en/cities/", "fr": "/fr/"}
    hreflangs = [link["hreflang"] for link in soup.select('link[rel="alternate"]')]
    assert hreflangs == ["en"]
    assert index.live


def test_menu_marks_only_the_section_being_visited(client, home_page):
    from cities.models import CityIndexPage

    for title, slug in [("Cities", "cities"), ("Other", "other")]:
        home_page.add_child(instance=CityIndexPage(title=title, slug=slug, show_in_menus=True))
    soup = soup_of(client.get("/en/cities/"), status=None)
    marked = [a.text for a in soup.select(".site-nav a[aria-current]")]
    assert marked == ["Cities"]
    home = soup_of(client.get("/en/"), status=None)
    assert home.select(".site-nav a[aria-current]") == []
