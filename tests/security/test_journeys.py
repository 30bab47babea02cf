"""One completion per journey, refusals that keep the answers, and a database lock that asks
the resident to send again (issue 12: ballot stuffing, a resident's answers lost, robustness)."""

import time

import pytest
from django.db import OperationalError
from django.test import Client

from citizenship_test.models import Completion
from heritage_mapping.models import HeritageItem
from tests.citizenship_test.conftest import EMBED, Resident
from tests.heritage_mapping.flow import ABOUT, contribute_url, form_state, post_step, run_to

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def _later(monkeypatch, seconds):
    later = time.time() + seconds
    monkeypatch.setattr("tools.state.time.time", lambda: later)


# --- Ballot stuffing ----------------------------------------------------------------------


def _first_answers(resident):
    """An answer (the first option) for every question of the step shown."""
    return {
        name: resident.soup.select(f"input[type=radio][name='{name}']")[0]["value"]
        for name in resident.radio_names()
    }


def test_a_finished_journey_cannot_be_completed_again_from_an_earlier_step(
    lisbon_citizenship_customisation,
):
    resident = Resident(EMBED)
    resident.start()
    for _step in range(3):
        resident.answer_all()
    step_before_review = {**resident.form_data(), **_first_answers(resident)}
    resident.post(_first_answers(resident))  # to the review
    assert resident.post().status_code == 303
    assert Completion.objects.count() == 1

    # The step before the review, sent again and again, as a script would.
    for _attempt in range(3):
        again = Client().post(EMBED, step_before_review, HTTP_ORIGIN=ORIGIN)
        assert again.status_code == 409
        assert "already been sent" in again.content.decode()
    assert Completion.objects.count() == 1


def test_each_step_of_a_finished_journey_is_refused(at_review):
    first_step = Resident(EMBED)
    first_step.start()
    journey_start = first_step.form_data()  # another journey: unaffected
    review_data = at_review.form_data()
    assert at_review.post().status_code == 303

    assert Client().post(EMBED, review_data, HTTP_ORIGIN=ORIGIN).status_code == 409
    other = Client().post(EMBED, journey_start, HTTP_ORIGIN=ORIGIN)
    assert other.status_code == 200  # a new journey is not refused
    assert Completion.objects.count() == 1


def test_a_heritage_contribution_is_stored_once_per_journey(mouraria):
    url = contribute_url(mouraria)
    client = Client()
    at_about = run_to(client, url, "about")
    review = post_step(client, url, at_about, ABOUT)
    assert post_step(client, url, review, {}).status_code == 303

    again = post_step(client, url, at_about, ABOUT)  # the step before the review, re-sent

    assert again.status_code == 409
    assert HeritageItem.objects.count() == 1


# --- A refusal keeps the answers ----------------------------------------------------------


def test_a_review_sent_too_fast_shows_the_review_again_with_every_answer(at_review, settings):
    settings.TOOLS_MIN_FILL_SECONDS = 2
    answers_before = at_review.soup.select_one(".ct-review").get_text(" ", strip=True)

    refused = at_review.post()

    assert refused.status_code == 400
    assert "too quickly" in at_review.soup.select_one("[role=alert]").get_text()
    assert "Start again" not in refused.content.decode()
    assert at_review.soup.select_one(".ct-review").get_text(" ", strip=True) == answers_before
    assert not Completion.objects.exists()


def test_after_a_too_fast_refusal_the_same_page_can_be_sent(at_review, settings, monkeypatch):
    settings.TOOLS_MIN_FILL_SECONDS = 2
    at_review.post()
    _later(monkeypatch, 5)

    assert at_review.post().status_code == 303
    assert Completion.objects.count() == 1


def test_a_rate_limited_step_comes_back_with_its_ticked_answers(
    lisbon_citizenship_customisation, settings
):
    settings.TOOLS_RATE_LIMIT = "2/h"
    resident = Resident(EMBED)
    resident.start()
    resident.answer_all()  # 1st post
    resident.answer_all()  # 2nd post: step 3 is shown
    step_three = resident.step_status()
    answers = _first_answers(resident)

    refused = resident.post(answers)  # 3rd post: over the limit

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Too many forms" in resident.soup.select_one("[role=alert]").get_text()
    assert resident.step_status() == step_three
    assert resident.checked() == answers


def test_an_expired_review_keeps_the_answers_and_can_be_sent_again(at_review, monkeypatch):
    _later(monkeypatch, 4 * 60 * 60)  # time.time itself: the signature's age too

    expired = at_review.post()

    assert expired.status_code == 400
    assert at_review.soup.select_one(".ct-review") is not None
    assert "send" in at_review.soup.select_one("[role=alert]").get_text()
    assert at_review.post().status_code == 303
    assert Completion.objects.count() == 1


# --- A database lock ----------------------------------------------------------------------


def test_a_database_lock_gets_503_with_retry_after_and_the_answers_are_kept(at_review, monkeypatch):
    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    original = Completion.record
    monkeypatch.setattr(Completion, "record", locked)

    busy = at_review.post()

    assert busy.status_code == 503
    assert int(busy["Retry-After"]) > 0
    assert "send it again" in at_review.soup.select_one("[role=alert]").get_text()
    assert at_review.soup.select_one(".ct-review") is not None
    monkeypatch.setattr(Completion, "record", original)
    assert at_review.post().status_code == 303
    assert Completion.objects.count() == 1


def test_a_database_lock_on_a_contribution_keeps_it_for_sending_again(mouraria, monkeypatch):
    url = contribute_url(mouraria)
    client = Client()
    review = post_step(client, url, run_to(client, url, "about"), ABOUT)
    original = HeritageItem.objects.create

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(HeritageItem.objects, "create", locked)
    busy = post_step(client, url, review, {})
    assert busy.status_code == 503
    assert form_state(busy)[1] == "review"
    monkeypatch.setattr(HeritageItem.objects, "create", original)

    assert post_step(client, url, busy, {}).status_code == 303
    assert HeritageItem.objects.count() == 1


# --- The anti-rumour forms ----------------------------------------------------------------


def test_a_report_sent_too_fast_comes_back_with_its_text(
    bilbao_customisation, settings, monkeypatch
):
    from antirumours.models import RumourReport
    from tests.security.conftest import REPORT, report_data

    settings.TOOLS_MIN_FILL_SECONDS = 2
    resident = Client(HTTP_ORIGIN=ORIGIN)
    data = report_data(resident, text="People say the new library is only for newcomers.")

    refused = resident.post(REPORT, data)

    assert refused.status_code == 400
    html = refused.content.decode()
    assert "too quickly" in html
    assert "People say the new library is only for newcomers." in html
    assert not RumourReport.objects.exists()
    _later(monkeypatch, 5)
    again = {**data, "tool_state": form_fields_of(refused)["tool_state"]}  # the fresh state
    assert resident.post(REPORT, again).status_code == 200
    assert RumourReport.objects.count() == 1


def test_a_rate_limited_report_keeps_its_text(bilbao_customisation, settings):
    from tests.security.conftest import REPORT, report_data

    settings.TOOLS_RATE_LIMIT = "1/h"
    resident = Client(HTTP_ORIGIN=ORIGIN)
    assert resident.post(REPORT, report_data(resident)).status_code == 200
    refused = resident.post(REPORT, report_data(resident, text="Heard twice at the bus stop."))
    assert refused.status_code == 429
    assert "Heard twice at the bus stop." in refused.content.decode()


def test_a_database_lock_on_a_report_gets_503_and_keeps_the_text(bilbao_customisation, monkeypatch):
    from antirumours.models import RumourReport
    from tests.security.conftest import REPORT, report_data

    resident = Client(HTTP_ORIGIN=ORIGIN)
    data = report_data(resident, text="They say the market is closing for good.")

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr("antirumours.views.report.save_report", locked)
    busy = resident.post(REPORT, data)
    assert busy.status_code == 503
    assert int(busy["Retry-After"]) > 0
    assert "They say the market is closing for good." in busy.content.decode()
    monkeypatch.undo()
    assert resident.post(REPORT, data).status_code == 200  # the same form: nothing was spent
    assert RumourReport.objects.count() == 1


def test_a_refused_certificate_form_gives_one_certificate_only(bilbao_customisation, settings):
    from antirumours.course import quiz_for
    from antirumours.models import Certificate
    from tests.antirumours.conftest import EMBED
    from tests.antirumours.conftest import Resident as AgentResident

    agent = AgentResident()
    agent.get(EMBED + "course/quiz/")
    agent.submit(
        {f"q{i}": str(q.correct_index) for i, q in enumerate(quiz_for(bilbao_customisation))}
    )
    hidden, url = agent.hidden_fields(), agent.form_action()
    settings.TOOLS_RATE_LIMIT = "1/h"
    agent.submit({"name": "Ane"}, hidden=hidden, url=url)  # counted, accepted
    refused = agent.submit({"name": "Ane"}, hidden=hidden, url=url)
    assert refused.status_code in (409, 429)
    settings.TOOLS_RATE_LIMIT = None
    if refused.status_code == 429:  # a fresh form for the same pass: still one certificate
        assert agent.submit({"name": "Ane"}).status_code == 409
    assert Certificate.objects.count() == 1


def form_fields_of(response):
    from tests.security.conftest import form_fields

    class _Response:
        content = response.content

    return form_fields(_Response)


@pytest.fixture
def jobs_rumour(bilbao_customisation, bilbao):
    from antirumours.factories import RumourFactory

    return RumourFactory(city=bilbao, title="They take our jobs", slug="jobs", claim="Jobs.")


def test_a_database_lock_on_any_tool_screen_is_a_503_not_a_server_error(jobs_rumour, monkeypatch):
    from tests.antirumours.conftest import EMBED
    from tests.antirumours.conftest import Resident as AgentResident

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    resident = AgentResident()
    resident.get(EMBED + "checker/jobs/")
    monkeypatch.setattr("antirumours.views.checker.record_answer", locked)

    busy = resident.submit({"answer": "changed"})

    assert busy.status_code == 503
    assert int(busy["Retry-After"]) > 0
    assert "send it again" in busy.content.decode()


def test_a_page_older_than_the_memory_of_finished_journeys_must_be_started_again(
    at_review, monkeypatch
):
    _later(monkeypatch, 25 * 60 * 60)  # past the longest form's life: a finished journey or not

    response = at_review.post()

    assert response.status_code == 400
    assert "Start again" in response.content.decode()
    assert not Completion.objects.exists()
