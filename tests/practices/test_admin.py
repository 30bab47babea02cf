"""Editors manage practices and topics in the Wagtail admin."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_editor_can_open_a_practice_for_editing(editor_client, known_practices):
    practice = known_practices["marvila"]
    response = editor_client.get(f"/admin/pages/{practice.pk}/edit/")
    assert response.status_code == 200
    assert b'name="start_year"' in response.content


def test_editor_can_add_a_practice_under_the_list(editor_client, practice_index):
    response = editor_client.get(f"/admin/pages/add/practices/practicepage/{practice_index.pk}/")
    assert response.status_code == 200


def test_topic_suggestions_offer_only_default_language_topics(editor_client, french_practices):
    response = editor_client.get("/admin/practices/topics/autocomplete/?term=Lo")
    assert response.json() == []
    response = editor_client.get("/admin/practices/topics/autocomplete/?term=Ho")
    assert response.json() == ["Housing"]


def test_topics_are_listed_under_their_own_menu(editor_client, topics):
    response = editor_client.get("/admin/snippets/practices/topic/")
    assert response.status_code == 200
    assert b"Anti-rumours" in response.content
