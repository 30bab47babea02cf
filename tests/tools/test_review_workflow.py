"""A city's optional review of its tool changes (tools.review): its coordinators submit, a
moderator approves, and only then do residents see the change; cities without review publish."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from tests.helpers import soup_of
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
    page = soup_of(Client().get("/en/embed/throwaway/lisbon/"), status=None)
    return page.select_one(".greeting").get_text()


def edit_url(model, customisation):
    return reverse(f"{namespace(model)}:edit", args=[customisation.pk])


def test_a_reviewed_citys_coordinator_is_offered_review_not_publishing(
    coordinator, lisbon_customisation, throwaway_model
):
    page = soup_of(coordinator.get(edit_url(throwaway_model, lisbon_customisation)), status=None)
    actions = {button.get("name") for button in page.select("button[name^=action-]")}

    assert "action-publish" not in actions
    assert "action-submit" in actions
    assert "Submit to City tool review" in page.text


def test_a_posted_publish_saves_a_draft_and_residents_keep_the_published_version(
    coordinator, lisbon_customisation, throwaway_model
):
    """An edit page opened before the city's review began still offers Publish. Its publish was
    refused with a redirect to the same page, and everything typed on it was lost; now it is
    saved as a draft, which the coordinator submits."""
    url = edit_url(throwaway_model, lisbon_customisation)
    data = form_data(
        lisbon_customisation.city, greeting="Unreviewed", **{"action-publish": "publish"}
    )

    response = coordinator.post(url, data, follow=True)

    assert "your changes are saved as a draft. Submit them for review" in response.content.decode()
    assert greeting_seen_by_residents() == "Hello"
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.live and lisbon_customisation.has_unpublished_changes
    assert lisbon_customisation.latest_revision.as_object().greeting == "Unreviewed"
    assert not lisbon_customisation.workflow_in_progress


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
    coordinator, lisbon_customisation, throwaway_model, moderators, django_user_model
):
    url = edit_url(throwaway_model, lisbon_customisation)
    coordinator.post(
        url, form_data(lisbon_customisation.city, greeting="Bom dia", **{"action-submit": "1"})
    )
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.workflow_in_progress
    assert greeting_seen_by_residents() == "Hello"

    moderator = django_user_model.objects.create_user("mod", password="pw")
    moderator.groups.add(moderators)
    reviewer = Client()
    reviewer.force_login(moderator)
    task_state = lisbon_customisation.current_workflow_task_state
    approve = reverse(
        f"{namespace(throwaway_model)}:workflow_action",
        args=[lisbon_customisation.pk, "approve", task_state.pk],
    )
    assert reviewer.post(approve, {}).status_code in (200, 302)

    assert greeting_seen_by_residents() == "Bom dia"


def colours_seen_by_residents(city_slug="lisbon"):
    page = soup_of(Client().get(f"/en/embed/throwaway/{city_slug}/"), status=None)
    return page.select_one("main.tool")["style"]


def approve(reviewer_user, customisation, model):
    reviewer = Client()
    reviewer.force_login(reviewer_user)
    customisation.refresh_from_db()
    url = reverse(
        f"{namespace(model)}:workflow_action",
        args=[customisation.pk, "approve", customisation.current_workflow_task_state.pk],
    )
    return reviewer.post(url, {})


@pytest.fixture
def moderator(moderators, django_user_model):
    user = django_user_model.objects.create_user("mod", password="pw")
    user.groups.add(moderators)
    return user


@pytest.fixture
def submitted_colour(coordinator, lisbon_customisation, throwaway_model):
    """Lisbon's coordinator changes the tool's main colour and submits it for review."""
    url = edit_url(throwaway_model, lisbon_customisation)
    data = form_data(lisbon_customisation.city, primary_colour="#000000", **{"action-submit": "1"})
    coordinator.post(url, data)
    return lisbon_customisation


def test_a_coordinators_new_colour_reaches_residents_only_once_approved(
    coordinator, submitted_colour, throwaway_model, moderator
):
    lisbon_customisation = submitted_colour
    form = soup_of(coordinator.get(edit_url(throwaway_model, lisbon_customisation)), status=None)
    field = form.select_one("input[name=primary_colour]")
    assert field["value"] == "#000000" and not field.has_attr("disabled")
    assert "--tool-primary: #123456" in colours_seen_by_residents()

    assert approve(moderator, lisbon_customisation, throwaway_model).status_code in (200, 302)

    assert "--tool-primary: #000000" in colours_seen_by_residents()
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.shared_settings.primary_colour == "#000000"


def test_the_shared_settings_screen_stays_closed_to_a_reviewed_citys_coordinator(
    coordinator, lisbon_customisation, throwaway_model
):
    languages = reverse(f"{namespace(throwaway_model)}:languages", args=[lisbon_customisation.pk])
    refused = coordinator.post(
        languages, {"action": "settings", "shared-primary_colour": "#000000"}
    )

    assert refused.status_code in (302, 403)  # the admin's refusal
    assert "--tool-primary: #123456" in colours_seen_by_residents()


def test_another_citys_coordinator_neither_sees_nor_approves_the_proposal(
    submitted_colour, throwaway_model, coordinator_of, rijeka
):
    lisbon_customisation = submitted_colour
    other = Client()
    other.force_login(coordinator_of(rijeka))
    lisbon_customisation.refresh_from_db()
    task_state = lisbon_customisation.current_workflow_task_state
    name = namespace(throwaway_model)

    seen = [
        other.get(reverse(f"{name}:edit", args=[lisbon_customisation.pk])),
        other.get(reverse(f"{name}:history", args=[lisbon_customisation.pk])),
        other.get(reverse(f"{name}:preview_on_edit", args=[lisbon_customisation.pk])),
    ]
    approve_url = reverse(
        f"{name}:workflow_action", args=[lisbon_customisation.pk, "approve", task_state.pk]
    )
    refused = other.post(approve_url, {})

    # The workflow reports and the dashboard's "awaiting your review" are no way round either.
    reports = [
        other.get(reverse(f"wagtailadmin_reports:{report}"))
        for report in ("workflow", "workflow_tasks")
    ]
    dashboard = other.get(reverse("wagtailadmin_home")).content.decode()

    assert [response.status_code for response in seen] == [404, 404, 404]
    assert [response.status_code for response in reports] == [302, 302]
    assert "Lisbon" not in dashboard
    assert refused.status_code in (302, 403, 404)
    assert "#000000" not in b"".join(response.content for response in seen).decode()
    assert "--tool-primary: #123456" in colours_seen_by_residents()
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.workflow_in_progress


def test_a_city_without_review_still_publishes_directly(
    client, coordinator_of, rijeka_customisation, throwaway_model, reviewed_lisbon
):
    client.force_login(coordinator_of(rijeka_customisation.city))
    url = edit_url(throwaway_model, rijeka_customisation)
    data = form_data(
        rijeka_customisation.city,
        greeting="Dobar dan",
        primary_colour="#222222",
        **{"action-publish": "publish"},
    )
    data["allowed_origins"] = "https://rijeka.example"

    client.post(url, data)

    rijeka_customisation.refresh_from_db()
    assert rijeka_customisation.live and rijeka_customisation.greeting == "Dobar dan"
    assert "--tool-primary: #222222" in colours_seen_by_residents("rijeka")
