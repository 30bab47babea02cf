"""Admin login throttling (django-axes): the pair of username and client key, plus a limit per
client, storing no address or user agent; password-reset requests throttled."""

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.core.cache import cache

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
ATTACKER = "198.51.100.66"
EDITOR_HOME = "192.0.2.10"


@pytest.fixture
def axes_on(settings, django_user_model):
    settings.AXES_ENABLED = True
    settings.AXES_CLIENT_FAILURE_LIMIT = 20
    cache.clear()
    return django_user_model.objects.create_user(
        "editor", email="editor@example.org", password="right-password"
    )


def fail(client, username="editor", address=ATTACKER, **extra):
    return client.post(
        LOGIN, {"username": username, "password": "wrong"}, REMOTE_ADDR=address, **extra
    )


def sign_in(client, address):
    return client.post(
        LOGIN, {"username": "editor", "password": "right-password"}, REMOTE_ADDR=address
    )


def test_five_failures_lock_the_username_for_that_client(client, axes_on):
    for _ in range(4):
        assert fail(client).status_code == 200
    assert fail(client).status_code == 429
    assert sign_in(client, ATTACKER).status_code == 429


def test_a_stranger_cannot_lock_the_owner_out_of_their_account(client, axes_on):
    for _ in range(10):
        fail(client)

    assert sign_in(client, EDITOR_HOME).status_code == 302


def test_one_client_trying_many_usernames_is_stopped(client, axes_on):
    for number in range(20):
        assert fail(client, username=f"guess-{number}").status_code in (200, 429)

    assert fail(client, username="someone-new").status_code == 429
    assert sign_in(client, ATTACKER).status_code == 429
    assert sign_in(client, EDITOR_HOME).status_code == 302


def test_a_failed_login_stores_no_address_and_no_user_agent(client, axes_on):
    fail(client, address="198.51.100.77", HTTP_USER_AGENT="Firefox/Secret")
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "editor"
    assert attempt.ip_address is None
    assert attempt.user_agent.startswith("client:")
    assert "198.51.100.77" not in repr(attempt.__dict__)
    assert "Firefox" not in repr(attempt.__dict__)


def test_a_successful_login_still_works(client, axes_on):
    assert sign_in(client, EDITOR_HOME).status_code == 302


def ask_reset(client, email="editor@example.org", address=ATTACKER):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_password_reset_requests_are_throttled_per_client(client, axes_on, settings):
    settings.PASSWORD_RESET_RATE = "5/h"
    for number in range(5):
        assert ask_reset(client, f"person{number}@example.org").status_code == 302

    refused = ask_reset(client, "person-new@example.org")

    assert refused.status_code == 429
    assert "Too many password reset requests" in refused.content.decode()
    assert int(refused["Retry-After"]) > 0


def test_the_wait_for_another_reset_reads_as_one_minute_not_one_minutes(client, axes_on, settings):
    settings.PASSWORD_RESET_RATE = "1/m"
    assert ask_reset(client).status_code == 302

    refused = ask_reset(client)

    assert refused.status_code == 429
    assert "Please wait 1 minute and try again." in refused.content.decode()


def test_password_reset_e_mails_to_one_person_are_throttled_from_every_client(
    client, axes_on, settings
):
    settings.PASSWORD_RESET_RATE = "5/h"
    for number in range(5):
        assert ask_reset(client, address=f"203.0.113.{number}").status_code == 302
    assert len(mail.outbox) == 5

    assert ask_reset(client, address="203.0.113.99").status_code == 429
    assert len(mail.outbox) == 5
