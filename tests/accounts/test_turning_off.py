"""Turning two-factor authentication off, which needs a current code."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from accounts import two_factor
from tests.accounts.conftest import STATUS, TURN_OFF, app_code, sign_in, wrong_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(client, editor_with_app):
    sign_in(client)
    client.post("/admin/two-factor/verify/", {"code": app_code(editor_with_app)})
    return client


def test_a_wrong_code_does_not_turn_it_off(verified, editor_with_app):
    response = verified.post(TURN_OFF, {"code": wrong_code(editor_with_app)})
    assert "This code is not right." in response.content.decode()
    assert two_factor.has_two_factor(editor_with_app)


def test_a_current_code_turns_it_off_and_the_password_alone_signs_in_again(
    verified, editor_with_app
):
    response = verified.post(TURN_OFF, {"code": app_code(editor_with_app)}, follow=True)
    assert "Two-factor authentication is off." in response.content.decode()
    assert "is <strong>off</strong>" in verified.get(STATUS).content.decode()

    other = Client()
    sign_in(other)
    assert other.get("/admin/pages/").status_code == 200


def test_a_recovery_code_also_turns_it_off(verified, editor_with_app):
    verified.post(TURN_OFF, {"code": editor_with_app.recovery_codes[0]})
    assert not two_factor.has_two_factor(editor_with_app)


def test_a_session_waiting_for_a_code_goes_on_once_it_is_turned_off_elsewhere(
    verified, editor_with_app
):
    waiting = Client()
    sign_in(waiting)
    assert waiting.get("/admin/pages/").status_code == 302

    verified.post(TURN_OFF, {"code": app_code(editor_with_app)})
    assert waiting.get("/admin/pages/").status_code == 200


def test_a_lost_phone_is_handled_by_a_command(editor_with_app):
    call_command("turn_off_two_factor", "editor", stdout=StringIO())
    other = Client()
    sign_in(other)
    assert other.get("/admin/pages/").status_code == 200
