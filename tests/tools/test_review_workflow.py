"""A city's optional review of its tool changes (tools.review): its coordinators submit, a
moderator approves, and only then do residents see the change; cities without review publish."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from tests.tools.test_admin import form_data, namespace
from tools.models import CityCoordinators

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderators():
    return Group.objects.get_or_create(name="Moderators")[0]


@pytest.fixture
def reviewed_lisbon(lisbon, moderators):
    """Lisbon asks for its tool changes to be approved by a moderator."""
    task = GroupApprovalTask.objects.create(name="Moderators approve")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="City tool review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    record = CityCoordinators.for_city(lisbon)
    record.review_workflow = workflow
    record.save()
    return lisbon


@pytest.fixture
def coordinator(client, coordinator_of, reviewed_lisbon):
    client.force_login(coordinator_of(reviewed_lisbon))
    return client


def greeting_seen_by_residents():
    page = BeautifulSoup(Client().get("/en/embed/throwaway/lisbon/").content, "html.parser")
    return page.select_one(".greeting").get_text()


def edit_url(model, customisation):
    return reverse(f"{namespace(model)}:edit", args=[customisation.pk])


def test_a_reviewed_citys_coordinator_is_offered_review_not_publishing(
    coordinator, lisbon_tool, throwaway_model
):
    page = BeautifulSoup(
        coordinator.get(edit_url(throwaway_model, lisbon_tool)).content, "html.parser"
    )
    actions = {button.get("name") for button in page.select("button[name^=action-]")}

    assert "action-publish" not in actions
    assert "action-submit" in actions
    assert "Submit to City tool review" in page.text


def test_a_posted_publish_saves_a_draft_and_residents_keep_the_published_version(
    coordinator, lisbon_tool, throwaway_model
):
    """An edit page opened before the city's review began still offers Publish. Its publish was
    refused with a redirect to the same page, and everything typed on it was lost; now it is
    saved as a draft, which the coordinator submits."""
    url = edit_url(throwaway_model, lisbon_tool)
    data = form_data(lisbon_tool.city, greeting="Unreviewed", **{"action-publish": "publish"})

    response = coordinator.post(url, data, follow=True)

    assert "your changes are saved as a draft. Submit them for review" in response.content.decode()
    assert greeting_seen_by_residents() == "Hello"
    lisbon_tool.refresh_from_db()
    assert lisbon_tool.live and lisbon_tool.has_unpublished_changes
    assert lisbon_tool.latest_revision.as_object().greeting == "Unreviewed"
    assert not lisbon_tool.workflow_in_progress


def test_a_new_customisation_posted_with_publish_is_kept_as_a_draft(
    coordinator, throwaway_model, reviewed_lisbon
):
    url = reverse(f"{namespace(throwaway_model)}:add") + "?locale=en"
    data = form_data(reviewed_lisbon, **{"action-publish": "publish"})

    response = coordinator.post(url, data, follow=True)

    assert "your changes are saved as a draft" in response.content.decode()
    created = throwaway_model.objects.get()
    assert not created.live and created.greeting == "Olá"


def test_a_submitted_change_reaches_residents_once_a_moderator_approves(
    coordinator, lisbon_tool, throwaway_model, moderators, django_user_model
):
    url = edit_url(throwaway_model, lisbon_tool)
    coordinator.post(url, form_data(lisbon_tool.city, greeting="Bom dia", **{"action-submit": "1"}))
    lisbon_tool.refresh_from_db()
    assert lisbon_tool.workflow_in_progress
    assert greeting_seen_by_residents() == "Hello"

    moderator = django_user_model.objects.create_user("mod", password="pw")
    moderator.groups.add(moderators)
    reviewer = Client()
    reviewer.force_login(moderator)
    task_state = lisbon_tool.current_workflow_task_state
    approve = reverse(
        f"{namespace(throwaway_model)}:workflow_action",
        args=[lisbon_tool.pk, "approve", task_state.pk],
    )
    assert reviewer.post(approve, {}).status_code in (200, 302)

    assert greeting_seen_by_residents() == "Bom dia"


def test_shared_settings_wait_for_an_editor_in_a_reviewed_city(
    coordinator, lisbon_tool, throwaway_model
):
    url = edit_url(throwaway_model, lisbon_tool)
    coordinator.post(url, form_data(lisbon_tool.city, primary_colour="#000000"))
    languages = reverse(f"{namespace(throwaway_model)}:languages", args=[lisbon_tool.pk])
    refused = coordinator.post(
        languages, {"action": "settings", "shared-primary_colour": "#000000"}
    )

    lisbon_tool.refresh_from_db()
    assert lisbon_tool.shared_settings.primary_colour == "#123456"
    assert refused.status_code in (302, 403)  # the admin's refusal


def test_a_city_without_review_still_publishes_directly(
    client, coordinator_of, rijeka_tool, throwaway_model, reviewed_lisbon
):
    client.force_login(coordinator_of(rijeka_tool.city))
    url = edit_url(throwaway_model, rijeka_tool)
    data = form_data(rijeka_tool.city, greeting="Dobar dan", **{"action-publish": "publish"})
    data["allowed_origins"] = "https://rijeka.example"

    client.post(url, data)

    rijeka_tool.refresh_from_db()
    assert rijeka_tool.live and rijeka_tool.greeting == "Dobar dan"
