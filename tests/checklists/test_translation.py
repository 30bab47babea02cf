"""A checklist translated into French end to end: authored in English, translated with
wagtail-localize, filled in in French, scored against the same questions."""

import pytest

from checklists.demo import french_strings
from checklists.models import Checklist
from checklists.structure import sections_of
from icc_site.localize import publish_translation
from tests.checklists.conftest import SMALL_CHECKLIST, step_fields
from tests.helpers import soup_of
from tools.state import STATE_FIELD

pytestmark = pytest.mark.django_db

URL = "/fr/embed/council-checklist/lisbon/"


@pytest.fixture
def french_checklist(checklist, locales):
    return publish_translation(checklist, locales["fr"], french_strings(SMALL_CHECKLIST))


def test_the_translation_keeps_the_question_ids(checklist, french_checklist):
    english, french = sections_of(checklist), sections_of(french_checklist)

    assert french_checklist.locale.language_code == "fr"
    assert french[0].title == "Composition"
    assert french[0].questions[0].text == "Des membres divers ?"
    assert french[0].questions[0].looks_like == ("Les âges sont mêlés.",)
    assert french[0].questions[0].reading[0].title == "Le programme"
    assert [q.id for s in french for q in s.questions] == [
        q.id for s in english for q in s.questions
    ]
    assert french_checklist.slug == checklist.slug and french_checklist.kind == "council"


def test_a_resident_fills_in_the_french_self_check(
    client, lisbon_customisation, french_checklist, question_ids
):
    response = client.get(URL)
    page = response.content.decode()
    assert "Vérification du conseil" in page and "Composition" in page
    assert "Des membres divers ?" in page

    for step in (question_ids[0:2], question_ids[2:3], question_ids[3:5]):
        hidden = step_fields(response)
        assert STATE_FIELD in hidden
        data = {**hidden, **dict.fromkeys(step, "partly")}
        response = client.post(URL, data, HTTP_ORIGIN="http://localhost:8001")

    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "fr"
    assert "50" in soup.select_one(".checklist-overall").get_text()
    actions = [p.get_text() for p in soup.select(".checklist-followup__action")]
    assert actions[0] == "Recrutez largement."


def test_the_english_checklist_is_shown_until_a_translation_exists(client, lisbon_customisation):
    response = client.get(URL)

    assert "Have you considered diverse members?" in response.content.decode()


def test_for_language_picks_the_translation(checklist, french_checklist):
    assert Checklist.for_language("fr", kind="council") == french_checklist
    assert Checklist.for_language("de", kind="council") == checklist
    assert (
        Checklist.for_language("fr", translation_key=checklist.translation_key) == french_checklist
    )
