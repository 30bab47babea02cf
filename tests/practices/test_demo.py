"""The demo loader: practices across cities, topics and years, in English and French."""

import pytest

from practices import demo
from practices.models import PracticePage, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_cities(home_page, locales, french_home):
    cities_demo = pytest.importorskip("cities.demo")
    cities_demo.load(home_page, locales)


def test_demo_creates_twenty_practices_across_cities_topics_and_years(
    home_page, locales, demo_cities
):
    demo.load(home_page, locales)
    english = PracticePage.objects.filter(locale=locales["en"])
    assert english.count() >= 20
    assert english.values("city__slug").distinct().count() >= 10
    assert english.filter(end_year__isnull=True).exists()
    assert min(english.values_list("start_year", flat=True)) == 2008
    assert Topic.objects.filter(locale=locales["en"]).count() == 10


def test_running_the_demo_twice_changes_nothing(home_page, locales, demo_cities):
    demo.load(home_page, locales)
    counts = (PracticePage.objects.count(), Topic.objects.count())
    demo.load(home_page, locales)
    assert (PracticePage.objects.count(), Topic.objects.count()) == counts


def test_demo_publishes_the_list_and_some_practices_in_french(
    client, home_page, locales, demo_cities
):
    demo.load(home_page, locales)
    response = client.get("/fr/practices/")
    assert response.status_code == 200
    assert "Rénover Marvila sans chasser ses habitants" in response.text
    assert "Logement et quartiers" in response.text


def test_demo_skips_practices_whose_city_is_missing(home_page, locales, french_home):
    demo.load(home_page, locales)
    assert not PracticePage.objects.exists()
    assert Topic.objects.filter(locale=locales["en"]).count() == 10
