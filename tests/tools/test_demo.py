"""The demo loader creates the tool directory and the coordinator groups, once."""

import pytest
from django.contrib.auth.models import Group

from tools import demo
from tools.models import CityCoordinators, ToolIndexPage
from tools.permissions import cities_for_user

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent(home_page, locales, lisbon, oslo):

    demo.load(home_page, locales)
    demo.load(home_page, locales)

    directory = ToolIndexPage.objects.get(locale=locales["en"])
    assert directory.show_in_menus and directory.live
    assert ToolIndexPage.objects.filter(locale=locales["fr"], slug="tools").exists()
    assert CityCoordinators.objects.count() == 2
    assert Group.objects.filter(name__startswith="Coordinators:").count() == 2
    coordinator = CityCoordinators.objects.get(city=lisbon).group.user_set.get()
    assert list(cities_for_user(coordinator)) == [lisbon]
    assert coordinator.has_perm("testtool.change_throwawaytool")
    assert coordinator.has_perm("wagtailadmin.access_admin")


def test_directory_lists_tools_and_cities_in_few_queries(
    client,
    home_page,
    locales,
    lisbon_customisation,
    rijeka_customisation,
    django_assert_max_num_queries,
):
    demo.load(home_page, locales)
    client.get("/en/tools/")
    with django_assert_max_num_queries(20):
        response = client.get("/en/tools/")
    assert response.status_code == 200
    assert "Rijeka" in response.content.decode()


def test_demo_cities_offer_their_own_languages():
    assert demo.city_languages("lisbon")[:2] == ["pt", "en"]
    assert set(demo.city_languages("bilbao")) >= {"es", "eu", "en"}
    assert demo.city_languages("montreal") == ["fr", "en"]


def test_every_content_language_is_offered_by_a_demo_city_with_a_citizenship_test():
    from django.conf import settings

    from cities.demo.content import CITIES
    from citizenship_test.demo.cities import CUSTOMISATIONS

    demo_cities = {entry[0] for entry in CITIES}
    offered = {
        code for slug in CUSTOMISATIONS if slug in demo_cities for code in demo.city_languages(slug)
    }
    assert offered == {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    assert "bilbao" in CUSTOMISATIONS


@pytest.mark.parametrize("language", ["ar", "uk"])
def test_every_tool_is_offered_in_arabic_and_in_ukrainian_by_a_demo_city(language):
    from antirumours.demo.plans import STRATEGIES
    from checklists.demo import DEMO_CITIES as CHECKLIST_CITIES
    from citizenship_test.demo.cities import CUSTOMISATIONS
    from heritage_mapping.demo import CITY_MODULES

    cities_of_each_tool = {
        "citizenship test": list(CUSTOMISATIONS),
        "checklists": CHECKLIST_CITIES,
        "anti-rumours": list(STRATEGIES),
        "heritage map": [module.CITY for module in CITY_MODULES],
    }
    for tool, cities in cities_of_each_tool.items():
        offering = [slug for slug in cities if language in demo.city_languages(slug)]
        assert offering, f"no demo city offers its {tool} in {language}"
