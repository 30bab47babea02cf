"""A city's assessment: draft saved and resumed, published, and the trend over the years."""

import pytest

from checklists.models import Assessment
from checklists.reports import assessment_trend
from tests.checklists.conftest import make_assessment
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

#: The coordinators' assessments: served once, in the admin.
ADMIN = "/admin/checklists/assessments/"
#: The tool's full-page address of the city's assessments, which sends there.
SITE = "/en/tools/council-checklist/lisbon/assessments/"


def checked(response, name, value):
    soup = soup_of(response, status=None)
    return soup.find("input", attrs={"name": name, "value": value}).has_attr("checked")


def test_coordinator_saves_a_draft_and_comes_back_to_it(
    client, lisbon_customisation, coordinator_of, lisbon, question_ids
):
    client.force_login(coordinator_of(lisbon))
    response = client.post(
        f"{ADMIN}new/",
        {
            "city": lisbon.pk,
            "checklist": lisbon_customisation.get_checklist("en").pk,
            "title": "Review 2025",
            "assessed_on": "2025-03-01",
        },
    )
    assessment = Assessment.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{ADMIN}{assessment.pk}/"

    response = client.post(
        f"{ADMIN}{assessment.pk}/",
        {
            f"answer-{question_ids[0]}": "partly",
            f"evidence-{question_ids[0]}": "Two of nine members are under 30.",
            "save": "1",
        },
    )
    assert response.status_code == 302

    response = client.get(f"{ADMIN}{assessment.pk}/")
    assert checked(response, f"answer-{question_ids[0]}", "partly")
    assert "Two of nine members are under 30." in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.status == "draft" and assessment.title == "Review 2025"


def test_publishing_needs_every_answer(
    client, lisbon_customisation, coordinator_of, lisbon, question_ids
):
    client.force_login(coordinator_of(lisbon))
    assessment = Assessment.objects.create(
        city=lisbon, checklist=lisbon_customisation.get_checklist("en")
    )

    response = client.post(
        f"{ADMIN}{assessment.pk}/", {f"answer-{question_ids[0]}": "yes", "publish": "1"}
    )

    assert response.status_code == 200
    assert "To publish, answer every question" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.status == "draft"


def test_a_published_assessment_is_scored_and_frozen(
    client, lisbon_customisation, coordinator_of, lisbon, question_ids
):
    client.force_login(coordinator_of(lisbon))
    assessment = Assessment.objects.create(
        city=lisbon, checklist=lisbon_customisation.get_checklist("en")
    )
    data = {f"answer-{qid}": "yes" for qid in question_ids}
    data[f"answer-{question_ids[4]}"] = "no"

    asked = client.post(f"{ADMIN}{assessment.pk}/", {**data, "publish": "1"})
    assessment.refresh_from_db()
    assert asked.status_code == 200 and "Publish this assessment?" in asked.content.decode()
    assert assessment.status == "draft" and len(assessment.answers) == len(question_ids)

    # The confirmation publishes the answers as saved at the first step.
    confirm = {"publish": "1", "confirm": "1"}
    response = client.post(f"{ADMIN}{assessment.pk}/", confirm)

    assert response["Location"] == f"{ADMIN}{assessment.pk}/report/"
    assessment.refresh_from_db()
    assert assessment.status == "published" and assessment.score == 80
    assert assessment.published_at is not None
    # Coming back to it shows the report: the next assessment is a new one.
    assert client.get(f"{ADMIN}{assessment.pk}/")["Location"].endswith("/report/")
    with pytest.raises(ValueError):
        assessment.save_answers({})


@pytest.fixture
def three_years(lisbon, checklist, question_ids):
    # Created out of order: the trend follows the assessment dates.
    return [
        make_assessment(lisbon, checklist, question_ids, 2024, "yes", "yes", "yes", "yes", "no"),
        make_assessment(lisbon, checklist, question_ids, 2022, "no", "no", "no", "partly", "na"),
        make_assessment(lisbon, checklist, question_ids, 2023, "yes", "partly", "no", "yes", "no"),
    ]


def test_the_trend_follows_three_published_assessments(three_years, lisbon, checklist):
    draft = Assessment.objects.create(city=lisbon, checklist=checklist)

    rows, chart = assessment_trend(Assessment.objects.of(lisbon, checklist))

    assert [row.assessed_on.year for row in rows] == [2022, 2023, 2024]
    assert draft not in rows
    points = chart.lines[0].points  # (x, y, the value written above the point)
    assert [text for _x, _y, text in points] == ["13", "50", "80"]
    ys = [y for _x, y, _text in points]
    assert ys[0] > ys[1] > ys[2]  # SVG y grows downwards: the line rises


def test_the_report_shows_the_trend_chart_and_its_table(
    client, lisbon_customisation, coordinator_of, lisbon, three_years
):
    client.force_login(coordinator_of(lisbon))
    latest = three_years[0]

    response = client.get(f"{ADMIN}{latest.pk}/report/")

    soup = soup_of(response, status=None)
    trend = soup.select_one(".checklist-trend")
    assert trend.select_one("svg[role=img] title").get_text() == "Overall score over time"
    assert len(trend.select("circle")) == 3
    cells = [row.select("td")[2].get_text() for row in trend.select("tbody tr")]
    assert cells == ["13%", "50%", "80%"]
    followups = soup.select(".checklist-followup__action")
    assert [p.get_text() for p in followups] == ["Try a grant pilot."]


def test_the_list_shows_every_assessment_and_its_score(
    client, lisbon_customisation, coordinator_of, lisbon, three_years
):
    client.force_login(coordinator_of(lisbon))

    response = client.get(ADMIN)

    rows = soup_of(response).select("tbody tr")
    titles = [row.get_text(" ", strip=True) for row in rows]
    for year, score in ((2022, "13%"), (2023, "50%"), (2024, "80%")):
        assert any(f"Review {year}" in row and score in row for row in titles), titles
    # The trend over those years is on each report (test_the_report_shows_the_trend_chart...).


def test_the_assessment_report_downloads_as_a_pdf(
    client, lisbon_customisation, coordinator_of, lisbon, three_years
):
    client.force_login(coordinator_of(lisbon))

    response = client.get(f"{ADMIN}{three_years[0].pk}/report.pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF") and len(response.content) > 1000


def test_the_tools_address_sends_coordinators_to_the_admin(
    client, lisbon_customisation, coordinator_of, lisbon, three_years
):
    client.force_login(coordinator_of(lisbon))
    latest = three_years[0]

    assert client.get(SITE)["Location"] == ADMIN
    assert client.get(f"{SITE}{latest.pk}/")["Location"] == f"{ADMIN}{latest.pk}/"
    # Published: the admin shows its report.
    report = client.get(f"{SITE}{latest.pk}/", follow=True)
    assert report.redirect_chain[-1][0] == f"{ADMIN}{latest.pk}/report/"
    assert "Review 2024" in report.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, lisbon_customisation):
    response = client.get(SITE, follow=True)

    assert "/admin/login/" in response.redirect_chain[-1][0]


def test_assessments_are_not_in_the_embed(client, lisbon_customisation, coordinator_of, lisbon):
    client.force_login(coordinator_of(lisbon))

    assert client.get("/en/embed/council-checklist/lisbon/assessments/").status_code == 404


def test_the_forms_keep_their_csrf_check(
    lisbon_customisation, coordinator_of, lisbon, question_ids
):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator_of(lisbon))
    checklist = lisbon_customisation.get_checklist("en")
    new = {"city": lisbon.pk, "checklist": checklist.pk, "assessed_on": "2025-03-01"}
    draft = Assessment.objects.create(city=lisbon, checklist=checklist, title="Draft")

    started = client.post(f"{ADMIN}new/", new, HTTP_ORIGIN="http://testserver")
    saved = client.post(
        f"{ADMIN}{draft.pk}/",
        {f"answer-{question_ids[0]}": "yes", "save": "1"},
        HTTP_ORIGIN="http://testserver",
    )

    assert started.status_code == 403 and saved.status_code == 403
    assert list(Assessment.objects.all()) == [draft] and draft.answers == {}
    assert Assessment.objects.get().answers == {}


def test_coordinator_fills_in_an_assessment_in_the_admin(
    client, lisbon_customisation, coordinator_of, lisbon, checklist, question_ids
):
    client.force_login(coordinator_of(lisbon))
    response = client.post(
        "/admin/checklists/assessments/new/",
        {
            "city": lisbon.pk,
            "checklist": checklist.pk,
            "title": "Admin review",
            "assessed_on": "2025-03-01",
        },
    )
    assessment = Assessment.objects.get()
    assert response["Location"] == f"/admin/checklists/assessments/{assessment.pk}/"

    client.post(
        f"/admin/checklists/assessments/{assessment.pk}/",
        {f"answer-{question_ids[1]}": "no", f"evidence-{question_ids[1]}": "None yet", "save": "1"},
    )
    response = client.get(f"/admin/checklists/assessments/{assessment.pk}/")
    assert checked(response, f"answer-{question_ids[1]}", "no")

    data = {f"answer-{qid}": "na" for qid in question_ids}
    data[f"answer-{question_ids[0]}"] = "partly"
    url = f"/admin/checklists/assessments/{assessment.pk}/"
    asked = client.post(url, {**data, "publish": "1"})
    assessment.refresh_from_db()
    assert "Publish this assessment?" in asked.content.decode()
    assert assessment.status == "draft"
    client.post(url, {"publish": "1", "confirm": "1"})
    assessment.refresh_from_db()
    assert assessment.status == "published" and assessment.score == 50

    report = client.get(f"/admin/checklists/assessments/{assessment.pk}/report/")
    assert report.status_code == 200 and "Recruit widely." in report.content.decode()
    pdf = client.get(f"/admin/checklists/assessments/{assessment.pk}/report.pdf")
    assert pdf.content.startswith(b"%PDF")


def test_confirming_a_draft_that_misses_answers_publishes_nothing(
    client, lisbon_customisation, coordinator_of, lisbon, question_ids
):
    # A forged or stale confirmation: the stored draft is checked again.
    client.force_login(coordinator_of(lisbon))
    assessment = Assessment.objects.create(
        city=lisbon, checklist=lisbon_customisation.get_checklist("en")
    )
    assessment.save_answers({question_ids[0]: {"answer": "yes", "evidence": ""}})

    response = client.post(f"{ADMIN}{assessment.pk}/", {"publish": "1", "confirm": "1"})

    assert response.status_code == 200
    assert "To publish, answer every question" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.status == "draft"
