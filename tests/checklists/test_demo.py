"""The demo content: both checklists in two languages, two tools for three cities, a trend."""

import pytest

from checklists import demo
from checklists.demo import CHECKLISTS
from checklists.models import (
    Assessment,
    Checklist,
    CouncilChecklistTool,
    ProjectChecklistTool,
)
from checklists.structure import sections_of
from cities.factories import CityIndexPageFactory, CityPageFactory
from tests.conftest import all_locales, ensure_wagtail_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loaded(module_transaction):
    """Three cities and the checklists' demo content, loaded once for the module's tests (it
    takes seconds); each test reads it in a savepoint of its own."""
    with module_transaction():
        home = ensure_wagtail_tree()
        index = CityIndexPageFactory(parent=home)
        for slug in ("lisbon", "rijeka", "oslo"):
            CityPageFactory(parent=index, title=slug.title(), slug=slug)
        demo.load(home, all_locales())


def test_demo_is_idempotent_and_shows_a_trend(loaded, home_page, locales):
    demo.load(home_page, locales)  # the second time

    assert Checklist.objects.filter(locale=locales["en"]).count() == 2
    assert Checklist.objects.filter(locale=locales["fr"]).count() == 2
    assert CouncilChecklistTool.objects.filter(locale=locales["en"], live=True).count() == 2
    assert ProjectChecklistTool.objects.filter(locale=locales["fr"]).count() == 2
    published = Assessment.objects.published().order_by("assessed_on")
    assert [a.assessed_on.year for a in published] == [2022, 2023, 2024]
    scores = [a.score for a in published]
    assert scores == sorted(scores) and scores[0] < scores[-1]
    assert Assessment.objects.filter(status="draft").count() == 1


def test_the_project_checklist_has_five_indicators_per_principle():
    project = next(data for data in CHECKLISTS if data["kind"] == "project")
    themes = [section["theme"][0] for section in project["sections"]]

    assert {theme: themes.count(theme) for theme in themes} == {
        "Real equality": 5,
        "Diversity advantage": 5,
        "Meaningful interaction": 5,
    }
    assert all(section["questions"] for section in project["sections"])


def test_the_council_checklist_covers_the_working_group_guidelines():
    council = next(data for data in CHECKLISTS if data["kind"] == "council")

    assert [section["title"][0] for section in council["sections"]] == [
        "Membership",
        "Chair person",
        "Link with the governing bodies",
        "Training",
        "Operation and terms of reference",
        "Communication",
        "Term limit",
        "Resources",
    ]


def test_every_question_asks_have_you_considered(loaded, locales):
    for checklist in Checklist.objects.filter(locale=locales["en"]):
        for section in sections_of(checklist):
            for question in section.questions:
                assert question.text.startswith("Have you considered"), question.text
                assert question.follow_up
