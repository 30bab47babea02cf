"""Signing in to the admin with two-factor authentication on, and without it."""

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

from tests.accounts.conftest import VERIFY, app_code, sign_in, wrong_code

pytestmark = pytest.mark.django_db


def test_a_user_without_it_signs_in_with_the_password_alone(client, editor):
    response = sign_in(client, next_url="/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_password_alone_stops_at_the_code_step(client, editor_with_app):
    response = sign_in(client, next_url="/admin/pages/")
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    assert "Type your code" in page.content.decode()
    for url in ("/admin/", "/admin/pages/", "/admin/account/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{VERIFY}?next="), url


def test_the_right_code_opens_the_page_asked_for(client, editor_with_app):
    sign_in(client)
    response = client.post(VERIFY, {"code": app_code(editor_with_app), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_keeps_the_admin_closed(client, editor_with_app):
    sign_in(client)
    response = client.post(VERIFY, {"code": wrong_code(editor_with_app)})
    assert response.status_code == 200
    assert "This code is not right." in response.content.decode()
    assert client.get("/admin/pages/")["Location"].startswith(VERIFY)


def test_guessing_is_slowed_down(client, editor_with_app):
    sign_in(client)
    client.post(VERIFY, {"code": wrong_code(editor_with_app)})
    response = client.post(VERIFY, {"code": app_code(editor_with_app)})
    assert "Too many wrong codes." in response.content.decode()
    assert client.get("/admin/pages/")["Location"].startswith(VERIFY)


def test_a_recovery_code_works_once(editor_with_app):
    code = editor_with_app.recovery_codes[0]
    first = Client()
    sign_in(first)
    response = first.post(VERIFY, {"code": code}, follow=True)
    assert response.status_code == 200
    assert "You used a recovery code. You have 9 left." in response.content.decode()
    assert first.get("/admin/pages/").status_code == 200

    second = Client()
    sign_in(second)
    response = second.post(VERIFY, {"code": code})
    assert "This code is not right." in response.content.decode()
    assert second.get("/admin/pages/")["Location"].startswith(VERIFY)


def test_the_code_step_does_not_send_the_user_to_another_site(client, editor_with_app):
    sign_in(client)
    response = client.post(
        VERIFY, {"code": app_code(editor_with_app), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_the_user_can_sign_out_at_the_code_step(client, editor_with_app):
    sign_in(client)
    client.post("/admin/logout/")
    response = client.get(VERIFY)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_public_pages_are_not_held_at_the_code_step(client, home_page, editor_with_app):
    sign_in(client)
    assert client.get("/en/").status_code == 200


def test_the_code_step_speaks_the_admin_users_language(client, editor_with_app):
    profile = UserProfile.get_for_user(editor_with_app)
    profile.preferred_language = "fr"
    profile.save()
    sign_in(client)
    response = client.post(VERIFY, {"code": wrong_code(editor_with_app)})
    page = response.content.decode()
    assert "Saisissez votre code" in page
    assert "Ce code n&#x27;est pas le bon." in page


def test_outside_the_admin_the_password_alone_signs_nobody_in(client, home_page, editor_with_app):
    # The Wagtail userbar is shown to signed-in users on public pages; the checklists'
    # assessment screens (outside /admin/) ask for a signed-in coordinator the same way.
    sign_in(client)
    assert "wagtail-userbar" not in client.get("/en/").content.decode()

    client.post(VERIFY, {"code": app_code(editor_with_app)})
    assert "wagtail-userbar" in client.get("/en/").content.decode()
