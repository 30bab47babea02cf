"""News and events translated through wagtail-localize, served at their French addresses."""

import datetime

import pytest
from django.utils import translation

from icc_site.localize import publish_translation
from news.factories import EventPageFactory, NewsPageFactory
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def lisbon(lisbon, city_index, french_home, locales):
    """Lisbon's profile in English and French (the French one under /fr/villes/)."""
    publish_translation(city_index, locales["fr"], {"Cities": "Villes", "cities": "villes"})
    publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})
    return lisbon


def test_french_reader_sees_the_news_item_in_french(client, news_index, lisbon, locales):
    item = NewsPageFactory(
        parent=news_index,
        slug="milestone",
        title="Ten years of intercultural cities",
        intro="Lisbon hosted the milestone event.",
        city=lisbon,
        date=datetime.date(2017, 11, 28),
    )
    publish_translation(news_index, locales["fr"], {"News": "Actualités", "news": "actualites"})
    publish_translation(
        item,
        locales["fr"],
        {
            "Ten years of intercultural cities": "Dix ans de cités interculturelles",
            "Lisbon hosted the milestone event.": "Lisbonne a accueilli l'événement anniversaire.",
        },
    )

    response = client.get("/fr/actualites/milestone/")
    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "fr"
    assert soup.h1.text == "Dix ans de cités interculturelles"
    assert "28 novembre 2017" in soup.select_one(".story__meta").text
    # The French item points to Lisbon's French profile.
    city_link = soup.select_one(".story__city a")
    assert (city_link.text, city_link["href"]) == ("Lisbonne", "/fr/villes/lisbon/")


def test_event_type_and_dates_read_in_french(client, event_index, french_home, locales):
    event = EventPageFactory(
        parent=event_index,
        slug="policy-lab",
        event_type="policy-lab",
        start_date=datetime.date(2019, 5, 21),
        end_date=datetime.date(2019, 5, 22),
    )
    publish_translation(event_index, locales["fr"], {"Events": "Événements"})
    publish_translation(event, locales["fr"], {})

    with translation.override("fr"):
        expected_type = str(event.get_event_type_display())
    soup = soup_of(client.get("/fr/events/policy-lab/"), status=None)
    assert soup.select_one(".story__kicker .tag").text == expected_type
    assert "21–22 mai 2019" in soup.select_one(".event-facts").text
