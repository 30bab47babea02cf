"""A tool is shown under /xx/ only when its city offers xx and its texts are translated into xx."""

import pytest

from icc_site.localize import publish_translation
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def test_untranslated_city_texts_keep_their_own_language_label(client, lisbon_customisation):
    soup = soup_of(client.get("/fr/embed/throwaway/lisbon/"), status=None)
    assert soup.html["lang"] == "fr"
    intro = soup.select_one(".tool__intro")
    assert intro.get_text(strip=True) == "Welcome to the tool."
    assert intro["lang"] == "en"


def test_translated_city_texts_carry_no_other_label(client, lisbon_customisation, locales):
    publish_translation(lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue."})
    soup = soup_of(client.get("/fr/embed/throwaway/lisbon/"), status=None)
    assert not soup.select_one(".tool__intro").has_attr("lang")


def test_a_language_the_city_does_not_offer_goes_to_one_it_offers(client, lisbon_customisation):
    response = client.get("/de/tools/throwaway/lisbon/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/en/tools/throwaway/lisbon/?from=de"
    soup = soup_of(client.get(response["Location"]), status=None)
    assert soup.html["lang"] == "en"
    assert soup.select_one(".language-notice")["lang"] == "de"


def test_a_post_in_a_language_not_offered_is_not_found(client, lisbon_customisation):
    assert client.post("/de/embed/throwaway/lisbon/").status_code == 404


def test_switcher_and_hreflang_list_the_languages_the_city_really_has(
    client, lisbon_customisation, locales
):
    publish_translation(lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue."})
    publish_translation(
        lisbon_customisation, locales["de"], {"Welcome to the tool.": "Willkommen."}
    )
    soup = soup_of(client.get("/en/tools/throwaway/lisbon/"), status=None)
    switcher = [link["hreflang"] for link in soup.select(".language-switcher a")]
    alternates = [link["hreflang"] for link in soup.select("link[rel=alternate][hreflang]")]
    # German is translated but not offered: Lisbon offers English and French.
    assert switcher == ["en", "fr"]
    assert alternates == ["en", "fr"]
    for link in soup.select(".language-switcher a"):
        assert client.get(link["href"]).status_code == 200


def test_a_request_reads_back_only_the_translation_in_its_own_language(
    lisbon_customisation, locales, throwaway_model, page_cache_on, monkeypatch
):
    """The look-up of a city's tool is cached per language: a French request unpickles the
    French customisation, not every translation of it."""
    from tools.lookup import find_published_customisation

    publish_translation(lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue."})
    publish_translation(
        lisbon_customisation, locales["de"], {"Welcome to the tool.": "Willkommen."}
    )
    find_published_customisation("throwaway", "lisbon", "fr")  # fills the cache
    unpickled = []
    restore = throwaway_model.__setstate__

    def counted(instance, state):
        unpickled.append(instance)
        restore(instance, state)

    monkeypatch.setattr(throwaway_model, "__setstate__", counted)
    found = find_published_customisation("throwaway", "lisbon", "fr")

    assert found.locale.language_code == "fr"
    assert [instance.locale.language_code for instance in unpickled] == ["fr"]
