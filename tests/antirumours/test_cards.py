"""Rumour cards: a public page per rumour, a printable card, and their French translation."""

import pytest
from django.test import Client

from antirumours.factories import RumourFactory
from icc_site.localize import publish_translation
from tests.antirumours.conftest import EMBED
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def test_overview_lists_published_cards_only(bilbao, jobs_rumour):
    RumourFactory(city=bilbao, title="A draft", slug="draft", published=False)
    page = soup_of(Client().get(EMBED))
    titles = [link.get_text() for link in page.select(".ar-card h3 a")]
    assert titles == ["They take our jobs"]


def test_rumour_page_shows_every_kind_of_argument(jobs_rumour):
    page = soup_of(Client().get(EMBED + "rumours/jobs/"))
    assert page.select_one("h1").get_text(strip=True) == "They take our jobs"
    headings = [h2.get_text() for h2 in page.select("h2")]
    for heading in (
        "The facts",
        "Put yourself in their place",
        "Questions to think about",
        "Stories",
    ):
        assert heading in headings
    assert page.select_one(".ar-story h3").get_text() == "Amal's bakery"


def test_printable_card_has_print_styles_and_two_faces(jobs_rumour):
    page = soup_of(Client().get(EMBED + "rumours/jobs/card/"))
    assert page.select_one("link[media=print][href$='antirumours/print.css']")
    assert len(page.select(".ar-card-face")) == 2
    button = page.select_one("button[data-ar-print]")
    assert button.has_attr("hidden"), "without JavaScript the print button stays hidden"


def test_unknown_or_draft_rumour_is_not_found(bilbao, bilbao_customisation):
    RumourFactory(city=bilbao, slug="draft", published=False)
    assert Client().get(EMBED + "rumours/draft/").status_code == 404
    assert Client().get(EMBED + "rumours/nothing/").status_code == 404


def test_rumour_card_is_translated_to_french(jobs_rumour, locales):
    publish_translation(
        jobs_rumour,
        locales["fr"],
        {
            "They take our jobs": "Ils nous prennent nos emplois",
            "Newcomers take our jobs.": "Les nouveaux venus prennent nos emplois.",
            "Amal's bakery": "La boulangerie d'Amal",
            "City statistics office": "Office municipal de la statistique",
        },
    )

    response = Client().get("/fr/embed/anti-rumours/bilbao/rumours/jobs/")

    page = soup_of(response)
    assert page.html["lang"] == "fr"
    assert page.select_one("h1").get_text(strip=True) == "Ils nous prennent nos emplois"
    assert "Les faits" in [h2.get_text() for h2 in page.select("h2")]
    assert page.select_one(".ar-story h3").get_text() == "La boulangerie d'Amal"
    assert "Office municipal de la statistique" in page.select_one(".ar-fact__source").get_text()
    english = soup_of(Client().get(EMBED + "rumours/jobs/"))
    assert english.select_one("h1").get_text(strip=True) == "They take our jobs"


def test_an_untranslated_card_falls_back_to_english_in_french(jobs_rumour):
    page = soup_of(Client().get("/fr/embed/anti-rumours/bilbao/rumours/jobs/"))
    assert page.select_one("h1").get_text(strip=True) == "They take our jobs"


def test_full_page_version_has_the_site_shell(jobs_rumour):
    response = Client().get("/en/tools/anti-rumours/bilbao/rumours/jobs/")
    assert response.status_code == 200
    assert soup_of(response).select_one("link[rel=alternate][type='application/json+oembed']")


def test_the_admin_preview_shows_the_cards(jobs_rumour, bilbao_customisation, rf):
    # The preview is the strategy's first screen, the overview with its cards.
    request = rf.get("/")
    response = bilbao_customisation.serve_preview(request, "embed")
    response.render()
    context = response.context_data
    assert [rumour.title for rumour in context["rumours"]] == ["They take our jobs"]
    assert context["rumours"][0].page_url == "/en/embed/anti-rumours/bilbao/rumours/jobs/"
