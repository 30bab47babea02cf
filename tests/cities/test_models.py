"""The city index groups its member cities by country."""

import pytest

from cities.factories import CityPageFactory
from cities.models import group_by_country

pytestmark = pytest.mark.django_db


def test_cities_are_grouped_by_country_alphabetically(city_index):
    for title, country in [("Oslo", "Norway"), ("Bergen", "Norway"), ("Lisbon", "Portugal")]:
        CityPageFactory(parent=city_index, title=title, country=country)
    CityPageFactory(parent=city_index, title="Cascais", country="Portugal")

    groups = group_by_country(city_index.get_children().specific())

    assert [(country, [city.title for city in cities]) for country, cities in groups] == [
        ("Norway", ["Bergen", "Oslo"]),
        ("Portugal", ["Cascais", "Lisbon"]),
    ]


def test_accented_country_names_sort_with_their_letter(city_index):
    for title, country in [("Oslo", "Norvège"), ("Bilbao", "Espagne"), ("Cairo", "Égypte")]:
        CityPageFactory(parent=city_index, title=title, country=country)

    groups = group_by_country(city_index.get_children().specific())

    assert [country for country, _cities in groups] == ["Égypte", "Espagne", "Norvège"]


def test_index_lists_only_live_cities(city_index):
    CityPageFactory(parent=city_index, title="Lisbon")
    draft = CityPageFactory(parent=city_index, title="Draft town")
    draft.unpublish()

    context = city_index.get_context(request=None)

    assert [city.title for _country, cities in context["countries"] for city in cities] == [
        "Lisbon"
    ]
    assert context["city_count"] == 1
