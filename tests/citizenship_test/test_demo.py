"""The demo loader: a bilingual bank of 40+ questions, three cities, completions, once."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from cities.factories import CityIndexPageFactory, CityPageFactory
from citizenship_test import demo
from citizenship_test.components import COMPONENTS
from citizenship_test.models import CitizenshipTest, Completion, EventSession, Question
from citizenship_test.models.questionnaire import Questionnaire
from tests.conftest import all_locales, ensure_wagtail_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_cities(module_transaction):
    """Three cities and the citizenship test's demo content, loaded once for the module's
    tests (it takes seconds)."""
    with module_transaction():
        home = ensure_wagtail_tree()
        index = CityIndexPageFactory(parent=home)
        cities = {
            slug: CityPageFactory(parent=index, title=slug.title(), slug=slug)
            for slug in ("lisbon", "rijeka", "oslo")
        }
        demo.load(home, all_locales())
    return cities


def test_demo_loader_is_idempotent_and_complete(home_page, locales, demo_cities):
    counts = (Question.objects.count(), CitizenshipTest.objects.count(), Completion.objects.count())
    demo.load(home_page, locales)

    assert (
        Question.objects.count(),
        CitizenshipTest.objects.count(),
        Completion.objects.count(),
    ) == counts
    shared = Question.objects.shared().filter(locale=locales["en"])
    assert shared.count() >= 40
    for component in COMPONENTS:
        assert shared.filter(component=component).count() >= 8
    assert (
        Question.objects.filter(locale=locales["fr"]).count()
        == Question.objects.filter(locale=locales["en"]).count()
    )
    assert 16 <= shared.filter(in_short_version=True).count() <= 20
    for city in demo_cities.values():
        customisation = CitizenshipTest.objects.get(city=city, locale=locales["en"])
        assert customisation.live and customisation.get_translation(locales["fr"]).live
        alone = Completion.objects.filter(customisation=customisation, event_session__isnull=True)
        assert 60 <= alone.count() <= 150
    lisbon = CitizenshipTest.objects.get(city=demo_cities["lisbon"], locale=locales["en"])
    rijeka = CitizenshipTest.objects.get(city=demo_cities["rijeka"], locale=locales["en"])
    oslo = CitizenshipTest.objects.get(city=demo_cities["oslo"], locale=locales["en"])
    assert lisbon.primary_colour != rijeka.primary_colour
    assert "http://localhost:8001" in lisbon.allowed_origins
    assert Question.objects.filter(city=demo_cities["lisbon"]).exists()
    assert Question.objects.filter(city=demo_cities["rijeka"]).exists()
    assert not oslo.chosen_questions.exists()
    keys = lambda customisation: [q.key for q in Questionnaire(customisation, "en").questions]  # noqa: E731
    assert keys(lisbon) != keys(rijeka) != keys(oslo)
    french = Questionnaire(rijeka.get_translation(locales["fr"]), "fr")
    assert french.questions[0].prompt.startswith("Quel texte")
    dates = Completion.objects.filter(customisation=oslo).values_list("completed_on", flat=True)
    assert (max(dates) - min(dates)).days > 180


def test_demo_completions_are_deterministic(home_page, locales, demo_cities):
    first = list(Completion.objects.order_by("token").values_list("token", "overall_score"))
    Completion.objects.all().delete()
    demo.load(home_page, locales)
    assert list(Completion.objects.order_by("token").values_list("token", "overall_score")) == first


def test_demo_tests_can_be_taken(demo_cities, client):
    for url in ("/en/embed/citizenship-test/lisbon/", "/fr/embed/citizenship-test/rijeka/"):
        assert client.get(url).status_code == 200
    call_command("check")


def test_demo_has_a_closed_group_session_in_lisbon_with_about_twenty_answers(
    home_page, locales, demo_cities
):
    demo.load(home_page, locales)  # a second time: still one session

    session = EventSession.objects.get()
    assert session.customisation.city == demo_cities["lisbon"]
    assert not session.is_open()
    assert 15 <= session.completions.count() <= 25
    day = timezone.localdate(session.opened_at)
    assert session.completions.filter(completed_on=day).count() == (session.completions.count())
