"""The demo loader: practices across cities, topics and years, in English and French."""

import pytest

from icc_site.localize import publish_translation
from practices import demo
from practices.models import PracticePage, Topic
from tests.conftest import all_locales, ensure_wagtail_tree

pytestmark = pytest.mark.django_db


# First in the module: it runs before `loaded` below holds the demo cities for the module's
# other tests.
def test_demo_skips_practices_whose_city_is_missing(home_page, locales, french_home):
    demo.load(home_page, locales)
    assert not PracticePage.objects.exists()
    assert Topic.objects.filter(locale=locales["en"]).count() == 10


@pytest.fixture(scope="module")
def loaded(module_transaction):
    """The demo cities, then the practices, loaded once for the module's tests (seconds)."""
    cities_demo = pytest.importorskip("cities.demo")
    with module_transaction():
        home, locales = ensure_wagtail_tree(), all_locales()
        publish_translation(home, locales["fr"], {"Intercultural Cities": "Cités interculturelles"})
        cities_demo.load(home, locales)
        demo.load(home, locales)


def test_demo_creates_twenty_practices_across_cities_topics_and_years(loaded, locales):
    english = PracticePage.objects.filter(locale=locales["en"])
    assert english.count() >= 20
    assert english.values("city__slug").distinct().count() >= 10
    assert english.filter(end_year__isnull=True).exists()
    assert min(english.values_list("start_year", flat=True)) == 2008
    assert Topic.objects.filter(locale=locales["en"]).count() == 10


def test_running_the_demo_twice_changes_nothing(loaded, home_page, locales):
    counts = (PracticePage.objects.count(), Topic.objects.count())
    demo.load(home_page, locales)
    assert (PracticePage.objects.count(), Topic.objects.count()) == counts


def test_demo_publishes_the_list_and_some_practices_in_french(client, loaded):
    response = client.get("/fr/practices/")
    assert response.status_code == 200
    assert "Rénover Marvila sans chasser ses habitants" in response.text
    assert "Logement et quartiers" in response.text
