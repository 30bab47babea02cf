"""How the admin answers what a user may not ask: a method a screen does not take, or a screen
refused to coordinators, whatever the method. Never a server error."""

import pytest
from django.test import Client
from wagtail_factories import ImageFactory

from antirumours.factories import RumourFactory
from publications.factories import DocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def read_only_apis(lisbon, media_root):
    """The admin's read-only APIs, each naming one of Lisbon's objects."""
    image = ImageFactory(title="Lisbon's logo")
    document = DocumentFactory()
    rumour = RumourFactory(city=lisbon)
    return [
        f"/admin/api/main/images/{image.pk}/",
        f"/admin/api/main/documents/{document.pk}/",
        "/admin/api/main/documents/",
        f"/admin/localize/api/snippets/antirumours/rumour/{rumour.pk}/",
        "/admin/localize/api/snippets/antirumours/rumour/",
    ]


@pytest.mark.parametrize("role", ["coordinator", "editor"])
def test_a_post_to_a_read_only_api_is_a_method_not_allowed(
    role, read_only_apis, coordinator_of, editor, lisbon
):
    client = Client(raise_request_exception=False)
    client.force_login(coordinator_of(lisbon) if role == "coordinator" else editor)

    answers = {url: client.post(url, {}) for url in read_only_apis}

    assert {url: answer.status_code for url, answer in answers.items()} == dict.fromkeys(
        read_only_apis, 405
    )
    assert all("GET" in answer["Allow"] for answer in answers.values())
    assert all("POST" not in answer["Allow"] for answer in answers.values())


def test_a_refused_post_shows_the_admins_refusal(coordinator_of, lisbon):
    """A chooser's "create" form sent by someone who may not create there: Wagtail raises the
    refusal to the guard, which shows its own page, for a post as for a visit."""
    client = Client(raise_request_exception=False, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    client.force_login(coordinator_of(lisbon))

    answer = client.post("/admin/documents/chooser/create/", {"title": "Minutes"})

    assert answer.status_code == 403
    assert "you do not have permission to access this area" in answer.content.decode()
