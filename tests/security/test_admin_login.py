"""Admin login throttling (django-axes): by username, storing no address or user agent."""

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def axes_on(settings, django_user_model):
    settings.AXES_ENABLED = True
    return django_user_model.objects.create_user("editor", password="right-password")


def fail(client, username="editor", **extra):
    return client.post(LOGIN, {"username": username, "password": "wrong"}, **extra)


def test_five_failures_lock_the_username(client, axes_on):
    for _ in range(4):
        assert fail(client).status_code == 200
    assert fail(client).status_code == 429
    locked = client.post(LOGIN, {"username": "editor", "password": "right-password"})
    assert locked.status_code == 429


def test_the_lockout_follows_the_username_not_the_address(client, axes_on):
    for number in range(5):
        fail(client, REMOTE_ADDR=f"192.0.2.{number}")
    assert fail(client, REMOTE_ADDR="198.51.100.1").status_code == 429
    other = client.post(LOGIN, {"username": "someone-else", "password": "x"})
    assert other.status_code == 200


def test_a_failed_login_stores_no_address_and_no_user_agent(client, axes_on):
    fail(client, REMOTE_ADDR="198.51.100.77", HTTP_USER_AGENT="Firefox/Secret")
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "editor"
    assert attempt.ip_address is None
    assert attempt.user_agent == ""
    assert "198.51.100.77" not in repr(attempt.__dict__)


def test_a_successful_login_still_works(client, axes_on):
    response = client.post(LOGIN, {"username": "editor", "password": "right-password"})
    assert response.status_code == 302
