"""Pages translated into French through wagtail-localize are served at their French URLs."""

import datetime

import pytest
from wagtail.rich_text import RichText

from icc_site.localize import publish_translation
from publications.factories import (
    DeclarationEndorsementFactory,
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
    ManualChapterPageFactory,
)
from tests.helpers import soup_of
from tests.publications.conftest import add_cities

pytestmark = pytest.mark.django_db


def test_french_chapter_is_served_at_its_french_url_in_french(client, manual, french_home, locales):
    chapter = ManualChapterPageFactory(
        parent=manual,
        title="Finding the rumours",
        slug="finding",
        body=[("paragraph", RichText("<p>Listen to front-line staff first.</p>"))],
    )
    french = locales["fr"]
    publish_translation(manual, french, {"Anti-rumour manual": "Manuel anti-rumeurs"})
    publish_translation(
        chapter,
        french,
        {
            "Finding the rumours": "Repérer les rumeurs",
            "Listen to front-line staff first.": "Écoutez d’abord les agents de terrain.",
        },
    )
    response = client.get("/fr/anti-rumour/finding/")
    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "fr"
    assert soup.h1.text == "Repérer les rumeurs"
    assert "Écoutez d’abord les agents de terrain." in soup.select_one(".prose").text
    assert soup.select_one(".manual-sidebar__back a")["href"] == "/fr/anti-rumour/"


def test_french_declaration_names_cities_in_french(
    client, home_page, french_home, locales, city_index
):
    french = locales["fr"]
    (lisbon,) = add_cities(city_index, [("Lisbon", "Portugal")])
    publish_translation(city_index, french, {"Cities": "Villes"})
    publish_translation(lisbon, french, {"Lisbon": "Lisbonne"})
    index = DeclarationIndexPageFactory(parent=home_page)
    declaration = DeclarationPageFactory(parent=index, title="Lisbon Declaration", slug="lisbon")
    DeclarationEndorsementFactory(page=declaration, city=lisbon, date=datetime.date(2017, 11, 29))
    publish_translation(index, french, {"Declarations": "Déclarations"})
    publish_translation(declaration, french, {"Lisbon Declaration": "Déclaration de Lisbonne"})

    soup = soup_of(client.get("/fr/declarations/lisbon/"), status=None)
    link = soup.select_one(".endorsement-table tbody a")
    assert (link.text, link["href"]) == ("Lisbonne", "/fr/cities/lisbon/")
