"""Search in every language: PostgreSQL stems each language with its own configuration."""

import pytest
from django.conf import settings
from django.db import connection

from cities.factories import CityIndexPageFactory, CityPageFactory
from icc_site.search import postgres_config
from tests.helpers import soup_of

pytestmark = pytest.mark.indexes


def test_every_content_language_has_a_text_search_configuration():
    configs = {code: postgres_config(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    assert configs["fr"] == "french" and configs["de"] == "german" and configs["ar"] == "arabic"
    # PostgreSQL has no Ukrainian stemmer: 'simple' matches the words as written.
    assert configs["uk"] == "simple"
    assert postgres_config("pt-br") == "portuguese"


def titles(client, language, query):
    response = client.get(f"/{language}/search/", {"query": query})
    soup = soup_of(response, status=None)
    return [link.get_text(strip=True) for link in soup.select(".search-results h2 a")]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_each_language_finds_other_forms_of_its_words(client, home_page, french_home, locales):
    from icc_site.localize import publish_translation

    index = CityIndexPageFactory(parent=home_page)
    city = CityPageFactory(
        parent=index, title="Harbourtown", statement="<p>Welcoming neighbourhoods.</p>"
    )
    publish_translation(index, locales["fr"], {})
    publish_translation(
        city, locales["fr"], {"Welcoming neighbourhoods.": "Des quartiers accueillants."}
    )
    assert titles(client, "en", "neighbourhood") == ["Harbourtown"]
    assert titles(client, "fr", "quartier accueillant") == ["Harbourtown"]
    assert titles(client, "en", "quartier") == []
