"""The demo's accounts, one per role: an administrator, an editor and a moderator, with the
permissions the README gives each role (no superuser but the administrator)."""

import pytest
from django.test import Client

from home.demo import DEMO_EDITOR, create_demo_users

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

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


def test_the_moderators_group_holds_the_moderation_queues_rights_and_no_editing_right():
    """What Settings → Groups shows for Moderators after migrate: they kept every tool right of
    every city (customisations, rumour cards, network, rounds...), translating, and changing the
    documents, which the README does not give them."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupCollectionPermission

    moderators = Group.objects.get(name="Moderators")
    held = {
        f"{app_label}.{codename}"
        for app_label, codename in moderators.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }
    library = set(
        GroupCollectionPermission.objects.filter(group=moderators).values_list(
            "permission__codename", flat=True
        )
    )

    assert {
        "tools.moderate_all_cities",
        "antirumours.change_rumourreport",
        "heritage_mapping.change_heritageitem",
    } <= held
    editing = {
        "tools.manage_all_city_tools",
        "antirumours.change_rumour",
        "antirumours.publish_rumour",
        "antirumours.change_networkorganisation",
        "citizenship_test.change_citizenshiptest",
        "citizenship_test.publish_citizenshiptest",
        "intercultural_index.change_indexround",
        "wagtail_localize.submit_translation",
    }
    assert not held & editing
    assert not library & {"change_document", "delete_document", "change_image", "delete_image"}
