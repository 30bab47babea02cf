"""Forged, expired, replayed and wrong-origin submissions are refused and store nothing."""

import time

import pytest
from django.core import signing
from django.test import Client

from citizenship_test.models import Completion
from citizenship_test.views.wizard import STATE_PURPOSE
from tests.citizenship_test.conftest import EMBED
from tools.state import SignedFormState

pytestmark = pytest.mark.django_db


def test_replayed_final_submission_is_refused_and_stored_once(at_review):
    data = {**at_review.form_data()}
    assert at_review.post().status_code == 303

    replay = Client().post(EMBED, data, HTTP_ORIGIN="http://testserver")

    assert replay.status_code == 409
    assert "already been sent" in replay.content.decode()
    assert Completion.objects.count() == 1


def test_forged_state_is_refused(at_review, lisbon_customisation):
    token = at_review.form_data()["tool_state"]
    payload, _sep, signature = token.rpartition(":")
    other_city = signing.dumps({"d": {"step": "review"}, "n": "x"}, salt="elsewhere")
    # A state with every answer set to what the attacker likes, signed with a wrong key.
    for forged in (payload + ":" + signature[::-1], other_city, "", "garbage"):
        response = at_review.post(token=forged)
        assert response.status_code == 400
        assert "start again" in response.content.decode()
    assert not Completion.objects.exists()


def test_state_of_the_wrong_shape_is_refused(lisbon_customisation):
    token = SignedFormState(lisbon_customisation, purpose=STATE_PURPOSE).dump({"step_data": "oops"})
    response = Client().post(
        EMBED,
        {"tool_state": token, "wizard-current_step": "review"},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 400


def test_expired_state_is_refused(at_review, monkeypatch):
    later = time.time() + 4 * 60 * 60
    monkeypatch.setattr(time, "time", lambda: later)

    response = at_review.post()

    assert response.status_code == 400
    assert "open for too long" in response.content.decode()  # the review, kept (test_journeys)
    assert not Completion.objects.exists()


@pytest.mark.parametrize("origin", ["https://evil.example", "null"])
def test_submission_from_an_unlisted_origin_is_refused(at_review, origin):
    response = at_review.post(origin=origin)

    assert response.status_code == 403
    assert not Completion.objects.exists()


def test_submission_from_the_city_site_frame_is_accepted(at_review):
    assert at_review.post(origin="http://localhost:8001").status_code == 303
    assert Completion.objects.count() == 1


def test_refusal_keeps_the_city_framing(at_review):
    response = at_review.post(token="garbage")
    assert "http://localhost:8001" in response["Content-Security-Policy"]
