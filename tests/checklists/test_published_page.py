"""Everyone sees a city's published assessments (never its drafts or evidence notes)."""

import pytest

from checklists.models import Assessment
from tests.checklists.conftest import make_assessment
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

PUBLISHED = "/en/tools/council-checklist/lisbon/published/"
SELF_CHECK = "/en/tools/council-checklist/lisbon/"


@pytest.fixture
def history(lisbon, checklist, question_ids):
    """2023 and 2024 published (the 2024 one with an evidence note), a 2025 draft."""
    make_assessment(lisbon, checklist, question_ids, 2023, "no", "no", "yes", "no", "no")
    latest = make_assessment(
        lisbon, checklist, question_ids, 2024, "yes", "partly", "yes", "no", "na"
    )
    latest.answers[question_ids[0]]["evidence"] = "Internal: the mayor's office memo"
    latest.save()
    all_yes = ["yes"] * len(question_ids)
    make_assessment(lisbon, checklist, question_ids, 2025, *all_yes, publish=False)
    return latest


def test_visitor_sees_the_latest_published_scores_per_section(
    client, lisbon_customisation, history
):
    response = client.get(PUBLISHED)

    assert response.status_code == 200
    soup = soup_of(response, status=None)
    results = soup.select_one(".checklist-results")
    assert "Review 2024" in results.get_text()
    assert results.select_one(".checklist-overall strong").get_text() == "63%"
    scores = {
        row.th.get_text(strip=True): row.select("td")[0].get_text()
        for row in results.select("tbody tr")
    }
    assert scores == {"Membership": "75%", "Chair person": "100%", "Resources": "0%"}


def test_visitor_sees_the_trend_across_years(client, lisbon_customisation, history):
    soup = soup_of(client.get(PUBLISHED), status=None)

    trend = soup.select_one(".checklist-trend")
    assert [row.select("td")[1].get_text() for row in trend.select("tbody tr")] == [
        "Review 2023",
        "Review 2024",
    ]
    assert len(trend.select("circle")) == 2


def test_drafts_and_evidence_notes_stay_private(client, lisbon_customisation, history):
    page = client.get(PUBLISHED).content.decode()

    assert "Review 2025" not in page
    assert "mayor's office memo" not in page
    assert "Evidence" not in page


def test_a_city_without_a_published_assessment_says_so(
    client, lisbon_customisation, lisbon, checklist
):
    Assessment.objects.create(city=lisbon, checklist=checklist, title="Secret draft")

    page = client.get(PUBLISHED).content.decode()

    assert "Lisbon has not published an assessment yet." in page
    assert "Secret draft" not in page


def test_the_self_check_links_to_the_published_assessments(client, lisbon_customisation, history):
    soup = soup_of(client.get(SELF_CHECK), status=None)

    assert soup.select_one(f".checklist-published-link a[href='{PUBLISHED}']")


def test_no_link_while_nothing_is_published(client, lisbon_customisation, lisbon, checklist):
    Assessment.objects.create(city=lisbon, checklist=checklist)

    soup = soup_of(client.get(SELF_CHECK), status=None)

    assert soup.select_one(".checklist-published-link") is None


def test_the_page_is_in_the_embed_too(client, lisbon_customisation, history):
    response = client.get("/en/embed/council-checklist/lisbon/published/")

    assert response.status_code == 200
    assert "Review 2024" in response.content.decode()
    assert "frame-ancestors" in response["Content-Security-Policy"]


def test_another_citys_assessments_are_not_shown(
    client, lisbon_customisation, rijeka_customisation, history
):
    page = client.get("/en/tools/council-checklist/rijeka/published/").content.decode()

    assert "Review 2024" not in page
    assert "Rijeka has not published an assessment yet." in page


def test_the_page_is_read_only(client, lisbon_customisation, history):
    response = client.post(PUBLISHED, {}, HTTP_ORIGIN="http://testserver")

    assert response.status_code == 405
