"""A coordinator deletes a draft assessment after a confirmation; published ones are kept."""

import pytest

from checklists.models import Assessment
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

#: The coordinators' assessments: served once, in the admin.
ADMIN = "/admin/checklists/assessments/"


@pytest.fixture
def draft(lisbon, checklist, question_ids):
    return Assessment.objects.create(
        city=lisbon,
        checklist=checklist,
        title="Draft 2025",
        answers={question_ids[0]: {"answer": "partly", "evidence": "Minutes of May"}},
    )


@pytest.fixture
def published(lisbon, checklist, sections, question_ids):
    assessment = Assessment.objects.create(
        city=lisbon,
        checklist=checklist,
        title="Review 2024",
        answers={qid: {"answer": "yes"} for qid in question_ids},
    )
    assessment.publish(sections)
    return assessment


def test_the_confirmation_says_what_will_be_deleted(
    client, lisbon_customisation, coordinator_of, lisbon, draft
):
    client.force_login(coordinator_of(lisbon))

    response = client.get(f"{ADMIN}{draft.pk}/delete/")

    soup = soup_of(response, status=None)
    text = soup.get_text(" ", strip=True)
    assert "Draft 2025" in text
    assert "1 question answered" in text and "1 evidence note" in text
    assert "cannot be undone" in text
    form = soup.select_one(f"form[method=post][action='{ADMIN}{draft.pk}/delete/']")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("button[type=submit]").get_text(strip=True) == "Delete the draft"
    assert Assessment.objects.filter(pk=draft.pk).exists()  # looking deletes nothing


def test_the_draft_is_gone_after_confirming(
    client, lisbon_customisation, coordinator_of, lisbon, draft
):
    client.force_login(coordinator_of(lisbon))

    response = client.post(f"{ADMIN}{draft.pk}/delete/", follow=True)

    assert response.redirect_chain[0] == (ADMIN, 302)
    assert not Assessment.objects.filter(pk=draft.pk).exists()
    page = response.content.decode()
    assert "The draft “Draft 2025” was deleted." in page
    assert client.get(f"{ADMIN}{draft.pk}/").status_code == 404


def test_a_published_assessment_cannot_be_deleted(
    client, lisbon_customisation, coordinator_of, lisbon, published
):
    client.force_login(coordinator_of(lisbon))

    for response in (
        client.get(f"{ADMIN}{published.pk}/delete/", follow=True),
        client.post(f"{ADMIN}{published.pk}/delete/", follow=True),
    ):
        assert response.redirect_chain[-1][0] == f"{ADMIN}{published.pk}/report/"
        assert "A published assessment cannot be deleted" in response.content.decode()
    assert Assessment.objects.filter(pk=published.pk).exists()
    with pytest.raises(ValueError):
        published.delete_draft()


def test_delete_is_offered_for_drafts_only(
    client, lisbon_customisation, coordinator_of, lisbon, draft, published
):
    client.force_login(coordinator_of(lisbon))

    edit = soup_of(client.get(f"{ADMIN}{draft.pk}/"), status=None)
    assert edit.select_one(f"a[href='{ADMIN}{draft.pk}/delete/']")
    # A published one opens on its report, which offers no deletion.
    report = soup_of(client.get(f"{ADMIN}{published.pk}/", follow=True), status=None)
    assert "Review 2024" in report.get_text()
    assert not report.select("a[href$='/delete/']")


def test_a_draft_published_in_another_tab_is_not_deleted(
    client, lisbon_customisation, coordinator_of, lisbon, draft, sections
):
    stale = Assessment.objects.get(pk=draft.pk)
    Assessment.objects.filter(pk=draft.pk).update(status=Assessment.Status.PUBLISHED)

    with pytest.raises(ValueError):
        stale.delete_draft()
    assert Assessment.objects.filter(pk=draft.pk).exists()


def test_deleting_keeps_its_csrf_check(lisbon_customisation, coordinator_of, lisbon, draft):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator_of(lisbon))

    response = client.post(f"{ADMIN}{draft.pk}/delete/")

    assert response.status_code == 403
    assert Assessment.objects.filter(pk=draft.pk).exists()


def test_coordinator_of_another_city_cannot_delete_the_draft(
    client, lisbon_customisation, rijeka_customisation, coordinator_of, rijeka, draft
):
    client.force_login(coordinator_of(rijeka))

    url = f"{ADMIN}{draft.pk}/delete/"
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert Assessment.objects.filter(pk=draft.pk).exists()


def test_anonymous_visitors_cannot_delete(client, lisbon_customisation, draft):
    response = client.post(f"{ADMIN}{draft.pk}/delete/")

    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Assessment.objects.filter(pk=draft.pk).exists()
