"""The demo content: two cities, 15+ approved items each, some waiting, French project texts."""

from io import StringIO

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory
from heritage_mapping import demo
from heritage_mapping.geometry import point_in_area
from heritage_mapping.models import HeritageItem, HeritageMap, MappingProject
from heritage_mapping.vocabulary import Status
from tests.conftest import all_locales, ensure_wagtail_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loaded(module_transaction):
    """Lisbon and Rijeka with the heritage maps' demo content, loaded once for the module's
    tests (it takes seconds)."""
    with module_transaction():
        home = ensure_wagtail_tree()
        index = CityIndexPageFactory(parent=home)
        for title, country in (("Lisbon", "Portugal"), ("Rijeka", "Croatia")):
            CityPageFactory(parent=index, title=title, slug=title.lower(), country=country)
        demo.load(home, all_locales(), stdout=StringIO())
    return home


def test_each_demo_city_has_a_project_with_15_approved_items_and_some_waiting(loaded):
    for slug in ("lisbon", "rijeka"):
        project = MappingProject.objects.get(city__slug=slug, locale__language_code="en")
        items = HeritageItem.objects.filter(project=project)
        assert items.filter(status=Status.APPROVED).count() >= 15
        assert items.filter(status=Status.PENDING).exists()
        assert items.filter(status=Status.APPROVED).values("category").distinct().count() >= 8
        for item in items.exclude(latitude=None):
            assert point_in_area(project.area, item.longitude, item.latitude), item.title


def test_projects_and_maps_are_translated_into_french(loaded, client):
    assert MappingProject.objects.filter(locale__language_code="fr").count() == 2
    assert HeritageMap.objects.filter(locale__language_code="fr", live=True).count() == 2

    response = client.get("/fr/embed/heritage-map/lisbon/mouraria/")

    assert "Cartographier le patrimoine de la Mouraria" in response.content.decode()
    assert "Communauté cap-verdienne" in response.content.decode()


def test_loading_twice_changes_nothing(loaded, locales):
    before = HeritageItem.objects.count(), MappingProject.objects.count()

    demo.load(loaded, locales, stdout=StringIO())

    assert (HeritageItem.objects.count(), MappingProject.objects.count()) == before
