"""The demo's round in progress: three colleagues at different stages, each link working."""

from io import StringIO

import pytest

from cities.factories import CityPageFactory
from intercultural_index.models import Area, AreaAssignment, Indicator, Question
from intercultural_index.rounds.demo import CITY, load_round_in_progress
from intercultural_index.rounds.progress import round_progress
from tests.intercultural_index.round_builders import build_edition


@pytest.mark.django_db
def test_the_demo_round_has_three_colleagues_at_different_stages(locales, city_index, client):
    CityPageFactory(parent=city_index, title=CITY.title(), slug=CITY)
    # A small edition with a third area (the demo's questionnaire takes long to translate).
    edition, areas, questions = build_edition()
    Question.objects.create(
        indicator=questions["hiring"].indicator,
        code="j2",
        prompt="Are jobs advertised in several languages?",
        locale=edition.locale,
    )
    third = Area.objects.create(
        edition=edition, code="space", name="Space", sort_order=3, locale=edition.locale
    )
    indicator = Indicator.objects.create(
        area=third, code="squares", name="Squares", locale=edition.locale
    )
    Question.objects.create(
        indicator=indicator, code="s1", prompt="Are squares shared?", locale=edition.locale
    )
    printed = StringIO()
    demo_round = load_round_in_progress(printed)
    assert load_round_in_progress() == demo_round  # loading the demo again changes nothing
    assert not demo_round.is_locked and demo_round.demo_figures
    progress = round_progress(demo_round)
    stages = {
        assignment.status: progress[assignment.area_id]
        for assignment in demo_round.assignments.all()
    }
    assert set(stages) == {AreaAssignment.DONE, AreaAssignment.IN_PROGRESS, AreaAssignment.INVITED}
    assert stages[AreaAssignment.DONE].complete
    assert (
        0 < stages[AreaAssignment.IN_PROGRESS].answered < stages[AreaAssignment.IN_PROGRESS].total
    )
    assert stages[AreaAssignment.INVITED].answered == 0
    links = [line.rsplit(": ", 1)[1] for line in printed.getvalue().splitlines() if line]
    assert len(links) == 3
    for link in links:
        assert client.get(link).status_code == 200
