"""Turning two-factor authentication on from the admin account page."""

from base64 import b32decode

import pytest
from django_otp.oath import totp

from accounts import two_factor
from tests.accounts.conftest import SET_UP, STATUS, app_code, wrong_code
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


def test_the_account_page_links_to_two_factor_authentication(signed_in):
    page = signed_in.get("/admin/account/").content.decode()
    assert f'href="{STATUS}"' in page
    assert "Two-factor authentication" in page


def test_it_is_off_until_the_user_turns_it_on(signed_in):
    page = signed_in.get(STATUS).content.decode()
    assert "is <strong>off</strong>" in page
    assert f'href="{SET_UP}"' in page


def test_the_set_up_page_shows_a_qr_code_and_the_key_an_app_can_use(signed_in, editor):
    response = signed_in.get(SET_UP)
    page = soup_of(response, status=None)
    assert page.find("svg", class_="accounts-qr-code").find("title")
    assert "no-store" in response["Cache-Control"]
    # Typed into an app, the key shown gives codes the site accepts.
    key = b32decode(page.find(id="two-factor-secret").text.replace(" ", ""))
    code = f"{totp(key):06d}"
    response = signed_in.post(SET_UP, {"code": code})
    assert response.status_code == 302
    assert two_factor.has_two_factor(editor)


def test_the_key_stays_the_same_when_the_page_is_reloaded(signed_in):
    first = soup_of(signed_in.get(SET_UP), status=None)
    again = soup_of(signed_in.get(SET_UP), status=None)
    assert first.find(id="two-factor-secret").text == again.find(id="two-factor-secret").text


def test_a_valid_first_code_turns_it_on_and_shows_recovery_codes_once(signed_in, editor):
    signed_in.get(SET_UP)
    response = signed_in.post(SET_UP, {"code": app_code(editor)}, follow=True)
    page = soup_of(response, status=None)
    codes = [code.text for code in page.select(".accounts-recovery-codes code")]
    assert len(codes) == 10
    assert "Two-factor authentication is on." in response.content.decode()
    # Reloading does not show them again.
    again = signed_in.get(response.redirect_chain[-1][0], follow=True)
    assert not any(code in again.content.decode() for code in codes)
    assert "is <strong>on</strong>" in again.content.decode()


def test_the_session_that_turned_it_on_is_not_asked_for_a_code(signed_in, editor):
    signed_in.get(SET_UP)
    signed_in.post(SET_UP, {"code": app_code(editor)})
    assert signed_in.get("/admin/pages/").status_code == 200


def test_a_wrong_first_code_is_refused_and_it_stays_off(signed_in, editor):
    signed_in.get(SET_UP)
    response = signed_in.post(SET_UP, {"code": wrong_code(editor)})
    assert response.status_code == 200
    assert "This code is not right." in response.content.decode()
    assert not two_factor.has_two_factor(editor)
    assert "is <strong>off</strong>" in signed_in.get(STATUS).content.decode()


def test_right_after_a_wrong_code_even_the_right_one_must_wait(signed_in, editor):
    signed_in.get(SET_UP)
    signed_in.post(SET_UP, {"code": wrong_code(editor)})
    response = signed_in.post(SET_UP, {"code": app_code(editor)})
    assert "Too many wrong codes. Wait 1 second, then try again." in response.content.decode()
    assert not two_factor.has_two_factor(editor)
