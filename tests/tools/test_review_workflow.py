"""A city's optional review of its tool changes (tools.review): its coordinators submit, a
moderator approves, and only then do residents see the change; cities without review publish."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from tests.helpers import soup_of
from tests.tools.test_admin import form_data, namespace
from tools.models import CityCoordinators

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


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


# --- An editor correcting a draft that awaits review ---


def test_an_editor_saving_a_coordinators_pending_draft_changes_nothing_until_approval(
    submitted_colour, throwaway_model, editor, moderator
):
    """The editor's edit form shows the proposal (#000000); saving it as a draft wrote it to the
    settings every language shares, so residents saw it before anyone approved it."""
    lisbon_customisation = submitted_colour
    as_editor = Client()
    as_editor.force_login(editor)
    data = form_data(lisbon_customisation.city, primary_colour="#000000", greeting="Bom dia")

    as_editor.post(edit_url(throwaway_model, lisbon_customisation), data)

    assert "--tool-primary: #123456" in colours_seen_by_residents()
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.workflow_in_progress
    assert approve(moderator, lisbon_customisation, throwaway_model).status_code in (200, 302)
    assert "--tool-primary: #000000" in colours_seen_by_residents()


# --- No way round the review: rumour cards, deletion, unpublishing, translations ---


def rumour_form(rumour, **changes):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = {
        "city": rumour.city_id,
        "title": rumour.title,
        "slug": rumour.slug,
        "claim": rumour.claim,
        "key_message": rumour.key_message,
        "target_groups": rumour.target_groups,
        "places": "",
        "channels": rumour.channels,
        "prevalence": rumour.prevalence,
        "found_through": rumour.found_through,
        "counter_arguments": streamfield([]),
        **changes,
    }
    return nested_form_data(data)


@pytest.fixture
def lisbon_rumour(reviewed_lisbon, locales):
    from antirumours.factories import RumourFactory

    return RumourFactory(city=reviewed_lisbon, slug="jobs", claim="They take our jobs.")


def claim_seen_by_residents(rumour):
    from antirumours.models import Rumour

    live = Rumour.objects.filter(pk=rumour.pk, live=True).first()
    return live.claim if live else None


def test_a_rumour_card_goes_through_the_citys_review(coordinator, lisbon_rumour, moderator):
    url = reverse("wagtailsnippets_antirumours_rumour:edit", args=[lisbon_rumour.pk])
    page = soup_of(coordinator.get(url), status=None)
    actions = {button.get("name") for button in page.select("button[name^=action-]")}
    assert "action-publish" not in actions and "action-submit" in actions

    coordinator.post(url, rumour_form(lisbon_rumour, claim="Unreviewed", **{"action-publish": "1"}))
    assert claim_seen_by_residents(lisbon_rumour) == "They take our jobs."

    coordinator.post(url, rumour_form(lisbon_rumour, claim="Reviewed", **{"action-submit": "1"}))
    assert claim_seen_by_residents(lisbon_rumour) == "They take our jobs."
    lisbon_rumour = type(lisbon_rumour).objects.get(pk=lisbon_rumour.pk)
    assert lisbon_rumour.workflow_in_progress

    reviewer = Client()
    reviewer.force_login(moderator)
    approve_url = reverse(
        "wagtailsnippets_antirumours_rumour:workflow_action",
        args=[lisbon_rumour.pk, "approve", lisbon_rumour.current_workflow_task_state.pk],
    )
    reviewer.post(approve_url, {})
    assert claim_seen_by_residents(lisbon_rumour) == "Reviewed"


def test_a_coordinator_cannot_delete_or_unpublish_what_residents_see(
    coordinator, lisbon_rumour, lisbon_customisation, throwaway_model
):
    rumours = "wagtailsnippets_antirumours_rumour"
    tools = namespace(throwaway_model)
    refused = [
        coordinator.post(reverse(f"{rumours}:delete", args=[lisbon_rumour.pk])),
        coordinator.post(reverse(f"{rumours}:unpublish", args=[lisbon_rumour.pk])),
        coordinator.post(reverse(f"{tools}:delete", args=[lisbon_customisation.pk])),
        coordinator.post(reverse(f"{tools}:unpublish", args=[lisbon_customisation.pk])),
    ]
    bulk = reverse("wagtail_bulk_action", args=["antirumours", "rumour", "delete"])
    coordinator.post(f"{bulk}?id={lisbon_rumour.pk}", {})

    assert [response.status_code for response in refused] == [403] * 4
    assert claim_seen_by_residents(lisbon_rumour) == "They take our jobs."
    assert greeting_seen_by_residents() == "Hello"


def test_a_draft_residents_never_saw_may_still_be_deleted(coordinator, reviewed_lisbon):
    from antirumours.factories import RumourFactory
    from antirumours.models import Rumour

    draft = RumourFactory(city=reviewed_lisbon, published=False)

    coordinator.post(reverse("wagtailsnippets_antirumours_rumour:delete", args=[draft.pk]))

    assert not Rumour.objects.filter(pk=draft.pk).exists()


def test_the_translation_editor_does_not_publish_around_the_review(
    coordinator, lisbon_customisation, locales, throwaway_model
):
    from wagtail_localize.models import StringTranslation, Translation

    from icc_site.localize import publish_translation

    publish_translation(lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue."})
    translation = Translation.objects.get(target_locale=locales["fr"])
    StringTranslation.objects.filter(translation_of__data="Welcome to the tool.").update(
        data="Unreviewed."
    )
    french = throwaway_model.objects.get(locale=locales["fr"])

    responses = [
        coordinator.post(edit_url(throwaway_model, french), {"action": "publish"}),
        coordinator.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on"},
        ),
    ]

    assert [response.status_code for response in responses] == [403, 403]
    assert "Bienvenue." in throwaway_model.objects.get(pk=french.pk).intro


# --- What residents see at once (no drafts): refused, with the reason ---


def test_the_network_residents_see_is_neither_changed_nor_deleted(coordinator, reviewed_lisbon):
    from antirumours.factories import NetworkOrganisationFactory
    from antirumours.models import NetworkOrganisation

    member = NetworkOrganisationFactory(city=reviewed_lisbon, name="Open doors", is_public=True)
    name = "wagtailsnippets_antirumours_networkorganisation"
    data = {
        "city": reviewed_lisbon.pk,
        "name": "Changed without review",
        "kind": member.kind,
        "contribution": member.contribution,
        "website": "",
        "is_public": "on",
    }

    edited = coordinator.post(reverse(f"{name}:edit", args=[member.pk]), data)
    added = coordinator.post(reverse(f"{name}:add"), data)
    deleted = coordinator.post(reverse(f"{name}:delete", args=[member.pk]))

    for response in (edited, added):
        assert "Your city&#x27;s changes are reviewed" in response.content.decode()
    assert deleted.status_code == 403
    assert list(NetworkOrganisation.objects.values_list("name", flat=True)) == ["Open doors"]


def test_results_and_assessments_are_not_published_around_the_review(coordinator, reviewed_lisbon):
    from checklists.factories import AssessmentFactory, ChecklistFactory
    from intercultural_index.factories import EditionFactory, IndexRoundFactory

    index_round = IndexRoundFactory(city=reviewed_lisbon, edition=EditionFactory(), published=False)
    assessment = AssessmentFactory(city=reviewed_lisbon, checklist=ChecklistFactory())

    published = coordinator.post(
        reverse("intercultural_index_rounds:publish", args=[index_round.pk]), {"publish": "1"}
    )
    coordinator.post(
        reverse("checklist_assessments:edit", args=[assessment.pk]),
        {"publish": "1", "confirm": "1"},
    )

    said = [str(message) for message in get_messages(published.wsgi_request)]
    assert any("Your city's changes are reviewed" in message for message in said)
    index_round.refresh_from_db()
    assessment.refresh_from_db()
    assert not index_round.published
    assert not assessment.is_published


def test_the_logo_residents_see_cannot_be_replaced_around_the_review(
    coordinator, lisbon_customisation
):
    """The logo is a shared setting (reviewed), but its image was still the coordinator's to
    edit: a new file or title on the image screen reached residents at once."""
    from wagtail_factories import ImageFactory

    from tools.grants import city_collection

    logo = ImageFactory(title="Lisbon logo", collection=city_collection(lisbon_customisation.city))
    record = lisbon_customisation.shared_settings
    record.logo = logo
    record.save()

    response = coordinator.post(reverse("wagtailimages:edit", args=[logo.pk]), {"title": "Other"})

    assert response.status_code == 403
    logo.refresh_from_db()
    assert logo.title == "Lisbon logo"


def test_a_campaigns_translation_is_not_published_around_the_review(
    coordinator, reviewed_lisbon, locales
):
    """A campaign has no drafts: publishing its translation in wagtail-localize's editor wrote
    the new texts where residents read them."""
    from wagtail_localize.models import StringTranslation

    from antirumours.factories import CampaignFactory
    from icc_site.localize import publish_translation

    campaign = CampaignFactory(city=reviewed_lisbon, title="Open doors", is_public=True)
    french = publish_translation(campaign, locales["fr"], {"Open doors": "Portes ouvertes"})
    StringTranslation.objects.filter(data="Portes ouvertes").update(data="Sans relecture")

    response = coordinator.post(
        reverse("wagtailsnippets_antirumours_campaign:edit", args=[french.pk]),
        {"action": "publish"},
    )

    assert response.status_code == 403
    french.refresh_from_db()
    assert french.title == "Portes ouvertes"


def test_an_evaluation_is_not_completed_around_the_review(coordinator, reviewed_lisbon):
    """A completed evaluation decides the recognition badge on the city's profile."""
    from antirumours.evaluation.criteria import ELEMENTS
    from antirumours.factories import EvaluationFactory

    evaluation = EvaluationFactory(city=reviewed_lisbon, completed=False)
    data = {f"level-{item.code}": "3" for element in ELEMENTS for item in element.criteria}

    response = coordinator.post(
        reverse("antirumours_admin:evaluation", args=[reviewed_lisbon.pk, evaluation.year]),
        {**data, "completed": "on"},
    )

    assert "Your city&#x27;s changes are reviewed" in response.content.decode()
    evaluation.refresh_from_db()
    assert not evaluation.completed


def test_an_approved_heritage_item_is_not_rewritten_around_the_review(coordinator, reviewed_lisbon):
    """Moderating what residents sent stays the coordinator's (a waiting item is still theirs
    to locate and approve), but a public item's texts reach residents at once."""
    from heritage_mapping.factories import HeritageItemFactory, MappingProjectFactory
    from heritage_mapping.models import HeritageItem
    from heritage_mapping.vocabulary import Status

    project = MappingProjectFactory(city=reviewed_lisbon)
    public = HeritageItemFactory(
        project=project, title="Fado nights", latitude=38.71, longitude=-9.14
    )
    waiting = HeritageItemFactory(
        project=project, title="Tram songs", status=Status.PENDING, latitude=38.7, longitude=-9.1
    )
    name = "wagtailsnippets_heritage_mapping_heritageitem"

    deleted = coordinator.post(reverse(f"{name}:delete", args=[public.pk]))
    rejected = coordinator.post(reverse(f"{name}:reject", args=[public.pk]), {"reason": "Gone"})
    approved = coordinator.post(reverse(f"{name}:approve", args=[waiting.pk]))

    assert deleted.status_code == 403 and rejected.status_code in (302, 403)
    assert approved.status_code == 302
    statuses = dict(HeritageItem.objects.values_list("title", "status"))
    assert statuses == {"Fado nights": Status.APPROVED, "Tram songs": Status.APPROVED}


# --- A moderator approves a city's changes; they do not make them ---


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def is_refused(response):
    """The admin's "no permission" page."""
    return response.status_code == 403 and "do not have permission" in response.content.decode()


def test_a_moderator_neither_opens_nor_changes_a_customisation_that_awaits_no_review(
    moderator, lisbon_customisation, rijeka_customisation, throwaway_model
):
    """Moderators kept every tool permission so as to approve, so they could rewrite and publish
    any city's customisation on any day, with no review."""
    as_moderator = signed_in(moderator)
    answers = []
    for customisation in (lisbon_customisation, rijeka_customisation):  # reviewed, or not
        url = edit_url(throwaway_model, customisation)
        answers.append(as_moderator.get(url))
        data = form_data(customisation.city, greeting="Moderated", **{"action-publish": "1"})
        answers.append(as_moderator.post(url, data))

    assert all(is_refused(response) for response in answers)
    assert greeting_seen_by_residents() == "Hello"
    for customisation in (lisbon_customisation, rijeka_customisation):
        customisation.refresh_from_db()
        assert customisation.live and not customisation.has_unpublished_changes


def test_a_moderator_opens_the_editor_only_while_the_change_awaits_their_group(
    submitted_colour, throwaway_model, moderator
):
    lisbon_customisation = submitted_colour
    as_moderator = signed_in(moderator)
    url = edit_url(throwaway_model, lisbon_customisation)

    during = soup_of(as_moderator.get(url))
    offered = {button.get("name") for button in during.select("button[name^=action-]")}
    # A publish posted from the editor is kept as a draft: approving is how they publish.
    as_moderator.post(url, form_data(lisbon_customisation.city, **{"action-publish": "1"}))
    held = greeting_seen_by_residents()
    approve(moderator, lisbon_customisation, throwaway_model)
    after = as_moderator.get(url)

    assert "action-publish" not in offered and "Approve" in during.text
    assert held == "Hello"
    assert is_refused(after)


def test_a_review_for_another_group_gives_a_moderator_nothing(
    coordinator, lisbon_customisation, throwaway_model, moderator, reviewed_lisbon
):
    editors = Group.objects.get_or_create(name="Editors")[0]
    GroupApprovalTask.objects.get(name="Moderators approve").groups.set([editors])
    url = edit_url(throwaway_model, lisbon_customisation)
    coordinator.post(
        url, form_data(lisbon_customisation.city, greeting="Bom dia", **{"action-submit": "1"})
    )
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.workflow_in_progress

    as_moderator = signed_in(moderator)
    opened = as_moderator.get(url)
    approved = approve(moderator, lisbon_customisation, throwaway_model)

    assert is_refused(opened) and approved.status_code in (302, 403)
    assert greeting_seen_by_residents() == "Hello"


def test_a_moderator_takes_no_other_action_on_customisations_or_rumour_cards(
    moderator, lisbon_customisation, lisbon_rumour, throwaway_model
):
    tools, rumours = namespace(throwaway_model), "wagtailsnippets_antirumours_rumour"
    as_moderator = signed_in(moderator)
    tool, card = lisbon_customisation.pk, lisbon_rumour.pk
    revision = lisbon_rumour.latest_revision_id
    gets = [
        reverse(f"{tools}:history", args=[tool]),
        reverse(f"{tools}:copy", args=[tool]),
        reverse(f"{tools}:languages", args=[tool]),
        reverse(f"{rumours}:edit", args=[card]),
        reverse(f"{rumours}:history", args=[card]),
        reverse(f"{rumours}:revisions_revert", args=[card, revision]),
    ]
    posts = [
        reverse(f"{tools}:delete", args=[tool]),
        reverse(f"{tools}:unpublish", args=[tool]),
        reverse(f"{rumours}:delete", args=[card]),
        reverse(f"{rumours}:unpublish", args=[card]),
        reverse(f"{rumours}:revisions_revert", args=[card, revision]),
    ]

    answers = [as_moderator.get(url) for url in gets] + [as_moderator.post(url) for url in posts]
    for app_label, model, pk in (
        ("testtool", "throwawaytool", tool),
        ("antirumours", "rumour", card),
    ):
        for action in ("delete", "unpublish"):
            bulk = reverse("wagtail_bulk_action", args=[app_label, model, action])
            as_moderator.post(f"{bulk}?id={pk}", {})
    listings = [as_moderator.get(reverse(f"{name}:list")) for name in (tools, rumours)]

    assert [is_refused(response) for response in answers] == [True] * len(answers)
    assert all(response.status_code in (302, 403) for response in listings)
    assert greeting_seen_by_residents() == "Hello"
    assert claim_seen_by_residents(lisbon_rumour) == "They take our jobs."


def test_a_moderators_choosers_offer_no_customisation_or_rumour_card(
    moderator, lisbon_customisation, lisbon_rumour, throwaway_model
):
    as_moderator = signed_in(moderator)
    model = throwaway_model._meta
    choosers = [
        f"wagtailsnippetchoosers_{model.app_label}_{model.model_name}",
        "wagtailsnippetchoosers_antirumours_rumour",
    ]
    listed = [as_moderator.get(reverse(f"{name}:choose")) for name in choosers]
    chosen = as_moderator.get(
        reverse("wagtailsnippetchoosers_antirumours_rumour:chosen", args=[lisbon_rumour.pk])
    )

    for response in listed:
        assert response.status_code == 200
        assert "Lisbon" not in response.content.decode()
        assert "They take our jobs" not in response.content.decode()
    assert chosen.status_code in (403, 404)


def test_a_moderator_translates_and_publishes_nothing_through_wagtail_localize(
    moderator, lisbon_customisation, locales, throwaway_model
):
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    from icc_site.localize import publish_translation

    publish_translation(lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue."})
    translation = Translation.objects.get(target_locale=locales["fr"])
    segment = StringSegment.objects.filter(source=translation.source).first()
    french = throwaway_model.objects.get(locale=locales["fr"])
    as_moderator = signed_in(moderator)

    answers = [
        as_moderator.post(edit_url(throwaway_model, french), {"action": "publish"}),
        as_moderator.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on"},
        ),
        as_moderator.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            "value=Sans+relecture",
            content_type="application/x-www-form-urlencoded",
        ),
        as_moderator.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])),
    ]

    assert [is_refused(response) for response in answers] == [True] * len(answers)
    assert not StringTranslation.objects.filter(data="Sans relecture").exists()
    assert "Bienvenue." in throwaway_model.objects.get(pk=french.pk).intro
    translation.refresh_from_db()
    assert translation.enabled


def test_a_moderator_reads_the_tools_own_screens_but_changes_nothing_through_them(
    moderator, lisbon, locales
):
    """The Index rounds, assessments and evaluations asked only whether the user sees the city,
    which a moderator does for every city."""
    from antirumours.evaluation.criteria import ELEMENTS
    from antirumours.factories import EvaluationFactory
    from checklists.factories import AssessmentFactory, ChecklistFactory
    from intercultural_index.factories import EditionFactory, IndexRoundFactory

    evaluation = EvaluationFactory(city=lisbon, completed=False)
    index_round = IndexRoundFactory(city=lisbon, edition=EditionFactory(), published=False)
    assessment = AssessmentFactory(city=lisbon, checklist=ChecklistFactory())
    levels = {f"level-{item.code}": "3" for element in ELEMENTS for item in element.criteria}
    evaluation_url = reverse("antirumours_admin:evaluation", args=[lisbon.pk, evaluation.year])
    as_moderator = signed_in(moderator)

    read = as_moderator.get(evaluation_url)
    answers = [
        as_moderator.post(evaluation_url, {**levels, "completed": "on"}),
        as_moderator.post(
            reverse("intercultural_index_rounds:publish", args=[index_round.pk]), {"publish": "1"}
        ),
        as_moderator.post(
            reverse("checklist_assessments:edit", args=[assessment.pk]),
            {"publish": "1", "confirm": "1"},
        ),
    ]

    assert read.status_code == 200
    assert [is_refused(response) for response in answers] == [True] * len(answers)
    for row in (evaluation, index_round, assessment):
        row.refresh_from_db()
    assert not evaluation.completed and not index_round.published
    assert not assessment.is_published


def test_a_moderator_finds_the_change_awaiting_them_on_their_dashboard(
    submitted_colour, throwaway_model, moderator
):
    lisbon_customisation = submitted_colour
    as_moderator = signed_in(moderator)
    url = edit_url(throwaway_model, lisbon_customisation)

    dashboard = soup_of(as_moderator.get(reverse("wagtailadmin_home")))
    awaiting = dashboard.select_one("#awaiting-review-section")
    links = {link["href"] for link in awaiting.select("a[href]")}

    assert url in links
    assert as_moderator.get(url).status_code == 200
