"""Practices and topics are translated through wagtail-localize, as editors do in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_translated_practice_names_the_city_in_its_own_language(french_practices, locales):
    marvila = french_practices["marvila"]
    assert marvila.locale == locales["fr"]
    assert marvila.city.title == "Lisbonne"


def test_translated_practice_keeps_the_default_language_topics(french_practices, topics):
    assert list(french_practices["marvila"].topics.order_by("slug")) == [
        topics["housing"],
        topics["participation"],
    ]


def test_translated_topic_keeps_its_slug(french_practices, topics, locales):
    french_housing = topics["housing"].get_translation(locales["fr"])
    assert (french_housing.name, french_housing.slug) == ("Logement", "housing")
