"""The demo's accounts, one per role: an administrator, an editor and a moderator, with the
permissions the README gives each role (no superuser but the administrator)."""

import pytest
from django.test import Client

from home.demo import DEMO_EDITOR, create_demo_users

pytestmark = pytest.mark.django_db

TOPICS = "/admin/snippets/practices/topic/"
REPORTS = "/admin/snippets/antirumours/rumourreport/"
HERITAGE = "/admin/snippets/heritage_mapping/heritageitem/"


def signed_in(username):
    client = Client()
    assert client.login(username=username, password=DEMO_EDITOR["password"])
    return client


def test_one_demo_account_per_role_and_only_the_administrator_is_a_superuser():
    users = create_demo_users()

    assert users["admin"].is_superuser
    assert not users["editor"].is_superuser and not users["moderator"].is_superuser
    assert [group.name for group in users["editor"].groups.all()] == ["Editors"]
    assert [group.name for group in users["moderator"].groups.all()] == ["Moderators"]


def test_an_editor_left_a_superuser_by_an_older_demo_becomes_an_editor(django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "old")

    create_demo_users()

    editor = django_user_model.objects.get(username="editor")
    assert not editor.is_superuser and not editor.is_staff
    assert editor.check_password("old")  # an existing account keeps its password


def test_editors_manage_practice_topics():
    create_demo_users()
    editor = signed_in("editor")

    assert editor.get(TOPICS).status_code == 200
    assert editor.get(f"{TOPICS}add/").status_code == 200


def test_moderators_moderate_every_citys_queues():
    create_demo_users()
    moderator = signed_in("moderator")

    assert moderator.get("/admin/").status_code == 200
    assert moderator.get(REPORTS).status_code == 200
    assert moderator.get(HERITAGE).status_code == 200


def test_moderators_neither_edit_nor_publish_pages_nor_editorial_content(home_page):
    create_demo_users()
    moderator = signed_in("moderator")

    assert moderator.get(f"/admin/pages/{home_page.pk}/edit/").status_code in (302, 403)
    assert moderator.get(f"/admin/pages/{home_page.pk}/").status_code in (302, 403)
    assert moderator.get(TOPICS).status_code in (302, 403)
    assert moderator.get(f"{TOPICS}add/").status_code in (302, 403)


def test_editors_edit_publish_and_moderate_too(home_page):
    from wagtail.models import GroupApprovalTask

    users = create_demo_users()
    editor = signed_in("editor")

    assert editor.get(f"/admin/pages/{home_page.pk}/edit/").status_code == 200
    assert home_page.permissions_for_user(users["editor"]).can_publish()
    assert not home_page.permissions_for_user(users["moderator"]).can_publish()
    assert editor.get(REPORTS).status_code == 200
    assert editor.get(HERITAGE).status_code == 200
    # Approving a page in Wagtail's default workflow publishes it: editors approve, not moderators.
    assert GroupApprovalTask.objects.filter(groups__name="Editors").exists()
    assert not GroupApprovalTask.objects.filter(groups__name="Moderators").exists()
