"""The permission matrix: a coordinator of city A is refused every URL of city B's assessments."""

import pytest

from checklists.models import Assessment

pytestmark = pytest.mark.django_db


def is_refused(response):
    """A refusal that reveals nothing: 404 (403 or 405 for a method), never the content.

    A 404 outside the language prefix (the admin) is redirected by LocaleMiddleware to the
    prefixed path, which is a 404 too: hence `follow=True` in the callers.
    """
    return response.status_code in (403, 404, 405) and b"Rijeka review" not in response.content


@pytest.fixture
def rijeka_assessment(rijeka, checklist):
    return Assessment.objects.create(city=rijeka, checklist=checklist, title="Rijeka review")


def rijeka_urls(pk, customisation_key):
    """Every address of Rijeka's assessment and self-checks: the admin's, where they are
    served, then the tool's full-page addresses that send there (Rijeka's, and Lisbon's own
    with Rijeka's number)."""
    admin = "/admin/checklists/assessments/"
    return [
        f"{admin}{pk}/",
        f"{admin}{pk}/report/",
        f"{admin}{pk}/report.pdf",
        f"{admin}{pk}/delete/",
        f"{admin}self-checks/{customisation_key}.csv",
        f"/en/tools/council-checklist/rijeka/assessments/{pk}/",
        f"/en/tools/council-checklist/lisbon/assessments/{pk}/",
    ]


def test_coordinator_of_lisbon_is_refused_every_url_of_rijeka(
    client, lisbon_customisation, rijeka_customisation, lisbon, coordinator_of, rijeka_assessment
):
    client.force_login(coordinator_of(lisbon))

    for url in rijeka_urls(rijeka_assessment.pk, rijeka_customisation.translation_key):
        assert is_refused(client.get(url, follow=True)), url
        for data in ({"publish": "1"}, {"publish": "1", "confirm": "1"}):
            posted = client.post(url, data, HTTP_ORIGIN="http://testserver", follow=True)
            assert is_refused(posted), url
    rijeka_assessment.refresh_from_db()  # neither published nor deleted
    assert rijeka_assessment.status == "draft"


def test_coordinator_of_lisbon_does_not_see_rijeka_in_the_admin_list(
    client, lisbon_customisation, lisbon, coordinator_of, rijeka_assessment, checklist
):
    Assessment.objects.create(city=lisbon, checklist=checklist, title="Lisbon review")
    client.force_login(coordinator_of(lisbon))

    page = client.get("/admin/checklists/assessments/").content.decode()

    assert "Lisbon review" in page and "Rijeka review" not in page
    form = client.get("/admin/checklists/assessments/new/").content.decode()
    assert "Rijeka" not in form


def test_coordinator_cannot_start_an_assessment_for_another_city(
    client, lisbon, rijeka, coordinator_of, checklist
):
    client.force_login(coordinator_of(lisbon))

    response = client.post(
        "/admin/checklists/assessments/new/",
        {"city": rijeka.pk, "checklist": checklist.pk, "assessed_on": "2025-01-01"},
    )

    assert response.status_code == 200  # the form refuses the choice
    assert not Assessment.objects.exists()


def test_coordinator_of_rijeka_reaches_every_url(
    client, rijeka_customisation, lisbon_customisation, rijeka, coordinator_of, rijeka_assessment
):
    client.force_login(coordinator_of(rijeka))

    for url in rijeka_urls(rijeka_assessment.pk, rijeka_customisation.translation_key):
        assert client.get(url, follow=True).status_code == 200, url


def test_editors_see_every_city(client, rijeka_customisation, rijeka_assessment, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username="editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    assert client.get(f"/admin/checklists/assessments/{rijeka_assessment.pk}/").status_code == 200
    listing = client.get("/en/tools/council-checklist/rijeka/assessments/", follow=True)
    assert "Rijeka review" in listing.content.decode()


def test_a_resident_without_a_role_is_refused(
    client, rijeka_customisation, rijeka_assessment, django_user_model
):
    resident = django_user_model.objects.create_user(username="resident", password="pw")
    client.force_login(resident)

    admin_url = f"/admin/checklists/assessments/{rijeka_assessment.pk}/"
    site_url = f"/en/tools/council-checklist/rijeka/assessments/{rijeka_assessment.pk}/"
    admin = client.get(admin_url, follow=True)
    # Without admin access Wagtail sends them to its login page.
    assert "/admin/login/" in admin.redirect_chain[-1][0]
    assert b"Rijeka review" not in admin.content
    site = client.get(site_url, follow=True)
    assert "/admin/login/" in site.redirect_chain[-1][0]
    assert b"Rijeka review" not in site.content


def test_a_reviewed_citys_coordinator_cannot_publish_through_the_tools_address(
    client, lisbon_customisation, lisbon, coordinator_of, checklist, sections, question_ids
):
    """The tool's full page served the assessments a second time, without the review rule: a
    coordinator of a city whose changes are reviewed published there what the admin refused."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from tools.models import CityCoordinators

    task = GroupApprovalTask.objects.create(name="Moderators approve")
    task.groups.set([Group.objects.get_or_create(name="Moderators")[0]])
    workflow = Workflow.objects.create(name="City tool review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    record = CityCoordinators.for_city(lisbon)
    record.review_workflow = workflow
    record.save()
    assessment = Assessment.objects.create(city=lisbon, checklist=checklist)
    assessment.save_answers({qid: {"answer": "yes", "evidence": ""} for qid in question_ids})
    client.force_login(coordinator_of(lisbon))

    for url in (
        f"/en/tools/council-checklist/lisbon/assessments/{assessment.pk}/",
        f"/admin/checklists/assessments/{assessment.pk}/",
    ):
        client.post(url, {"publish": "1", "confirm": "1"}, HTTP_ORIGIN="http://testserver")

    assessment.refresh_from_db()
    assert not assessment.is_published
