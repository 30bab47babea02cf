"""Each step of the wizard reads the city's test and its questions from the cache, until an
editor or a coordinator changes them: then the very next step shows the change."""

import pytest

from tests.citizenship_test.conftest import Resident
from tests.helpers import captured_queries

pytestmark = pytest.mark.django_db

URL = "/en/embed/citizenship-test/lisbon/"


def tables_read(call):
    with captured_queries() as captured:
        call()
    return " ".join(query["sql"] for query in captured)


def prompts(resident):
    return [legend.get_text(" ", strip=True) for legend in resident.soup.select("legend")]


def test_a_step_reads_neither_the_test_nor_its_questions_again(lisbon_customisation, page_cache_on):
    Resident(URL).start()  # the first visitor since the last publish fills the cache
    resident = Resident(URL)

    for call in (resident.start, resident.answer_all):
        read = tables_read(call)
        assert "tools_citytool" not in read
        assert "citizenship_test_question" not in read
        assert "citizenship_test_chosenquestion" not in read
    assert resident.response.status_code == 200


def test_after_a_question_is_changed_the_next_step_shows_it(
    bank, lisbon_customisation, page_cache_on
):
    resident = Resident(URL)
    resident.start()
    assert "I enjoy hearing how others see things." not in prompts(resident)  # a later step

    question = bank["c1"]
    question.prompt = "I like to hear how other people see things."
    question.save()
    resident.answer_all()

    assert any("I like to hear how other people see things." in text for text in prompts(resident))


def test_after_a_rewording_is_published_the_next_step_shows_it(
    bank, make_customisation, lisbon, page_cache_on
):
    customisation = make_customisation(lisbon, chosen=[(bank["k1"], ""), (bank["c1"], "")])
    resident = Resident(URL)
    resident.start()

    rows = list(customisation.chosen_questions.all())
    rows[1].prompt_override = "Do you enjoy hearing how your neighbours see things?"
    customisation.chosen_questions = rows
    customisation.save_revision().publish()
    resident.answer_all()

    assert any("how your neighbours see things" in text for text in prompts(resident))


def test_a_city_that_takes_its_test_offline_is_offline_at_the_next_request(
    lisbon_customisation, page_cache_on
):
    resident = Resident(URL)
    assert resident.start().status_code == 200

    shared = lisbon_customisation.shared_settings
    shared.enabled = False
    shared.save()

    assert Resident(URL).start().status_code == 404
    assert resident.answer_all().status_code == 404


def test_each_resident_gets_a_state_of_their_own_and_can_go_on(lisbon_customisation, page_cache_on):
    first, second = Resident(URL), Resident(URL)
    first.start()
    second.start()
    states = [resident.form_data()["tool_state"] for resident in (first, second)]

    assert states[0] != states[1]
    assert first.response.content.replace(states[0].encode(), b"") == (
        second.response.content.replace(states[1].encode(), b"")
    )
    for resident in (first, second):
        assert resident.answer_all().status_code == 200
        assert resident.step_status() == "Step 2 of 5"


def test_a_page_kept_by_another_server_process_carries_this_residents_state(
    lisbon_customisation, page_cache_on
):
    import importlib

    from tools import screen_cache

    Resident(URL).start()  # the page is kept by one of the server's processes
    importlib.reload(screen_cache)  # another process, with module state of its own
    resident = Resident(URL)
    resident.start()

    assert resident.answer_all().status_code == 200
    assert resident.step_status() == "Step 2 of 5"


def test_a_first_screen_kept_for_everyone_builds_no_form(
    lisbon_customisation, page_cache_on, monkeypatch
):
    """The first screen of a visitor after the first is the kept page with their own signed
    state: its questions' form is not built again for a page that is not rendered."""
    from citizenship_test.forms import ComponentStepForm

    Resident(URL).start()
    built = []
    real_init = ComponentStepForm.__init__

    def counting_init(form, *args, **kwargs):
        built.append(form)
        real_init(form, *args, **kwargs)

    monkeypatch.setattr(ComponentStepForm, "__init__", counting_init)
    resident = Resident(URL)
    resident.start()
    assert resident.response.status_code == 200
    assert built == []
    resident.answer_all()  # the visitor's own state still carries them on
    assert resident.response.status_code == 200
    assert built


def test_a_step_does_not_ask_for_the_city_name_its_title_shows(lisbon_customisation, page_cache_on):
    """The city's name in each screen's title comes with the cached customisation."""
    Resident(URL).start()
    resident = Resident(URL)
    resident.start()
    read = tables_read(resident.answer_all)
    assert resident.response.status_code == 200
    assert "Lisbon" in resident.soup.title.get_text()
    assert "cities_citypage" not in read
