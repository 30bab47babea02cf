"""Query budgets of the checklist screens (15 at most)."""

import pytest

from checklists.models import Assessment
from tests.checklists.conftest import step_fields
from tools.state import STATE_FIELD

pytestmark = pytest.mark.django_db

BUDGET = 15
URL = "/en/embed/council-checklist/lisbon/"


def test_self_check_steps_and_results_stay_within_budget(
    client, lisbon_customisation, question_ids, django_assert_max_num_queries
):
    client.get(URL)
    with django_assert_max_num_queries(BUDGET):
        response = client.get(URL)
    for step in (question_ids[0:2], question_ids[2:3], question_ids[3:5]):
        hidden = step_fields(response)
        assert STATE_FIELD in hidden
        with django_assert_max_num_queries(BUDGET):
            response = client.post(
                URL,
                {**hidden, **dict.fromkeys(step, "yes")},
                HTTP_ORIGIN="http://localhost:8001",
            )
        assert response.status_code == 200
    assert "Your results" in response.content.decode()


@pytest.fixture
def published(lisbon, checklist, question_ids):
    from checklists.structure import sections_of

    assessment = Assessment.objects.create(
        city=lisbon, checklist=checklist, answers={qid: {"answer": "yes"} for qid in question_ids}
    )
    assessment.publish(sections_of(checklist))
    return assessment


@pytest.mark.parametrize(
    "url",
    [
        "/en/tools/council-checklist/lisbon/published/",
        "/admin/checklists/assessments/",
        "/admin/checklists/assessments/{pk}/report/",
        "/admin/checklists/assessments/self-checks/{key}.csv",
    ],
)
def test_assessment_screens_stay_within_budget(
    client,
    lisbon_customisation,
    lisbon,
    coordinator_of,
    published,
    url,
    django_assert_max_num_queries,
):
    client.force_login(coordinator_of(lisbon))
    url = url.format(pk=published.pk, key=lisbon_customisation.translation_key)
    client.get(url)
    with django_assert_max_num_queries(BUDGET):
        response = client.get(url)
    assert response.status_code == 200


def test_the_public_page_stays_within_budget_as_years_add_up(
    client, lisbon_customisation, lisbon, checklist, question_ids, django_assert_max_num_queries
):
    from checklists.structure import sections_of

    for _year in range(6):
        assessment = Assessment.objects.create(
            city=lisbon,
            checklist=checklist,
            answers={qid: {"answer": "no"} for qid in question_ids},
        )
        assessment.publish(sections_of(checklist))
    url = "/en/tools/council-checklist/lisbon/published/"
    client.get(url)
    with django_assert_max_num_queries(BUDGET):
        assert client.get(url).status_code == 200


def test_assessment_edit_stays_within_budget(
    client, lisbon_customisation, lisbon, coordinator_of, checklist, django_assert_max_num_queries
):
    assessment = Assessment.objects.create(city=lisbon, checklist=checklist)
    client.force_login(coordinator_of(lisbon))
    for url in (
        f"/admin/checklists/assessments/{assessment.pk}/",
        f"/admin/checklists/assessments/{assessment.pk}/delete/",
    ):
        client.get(url)
        with django_assert_max_num_queries(BUDGET):
            assert client.get(url).status_code == 200


def test_the_assessments_listing_offers_checklists_without_reading_their_sections(
    client, lisbon_customisation, lisbon, coordinator_of, checklist
):
    """The listing's checklist filter shows each checklist's title; reading every checklist's
    sections for it was most of the listing's time."""
    from tests.helpers import captured_queries, soup_of

    client.force_login(coordinator_of(lisbon))
    with captured_queries() as captured:
        soup = soup_of(client.get("/admin/checklists/assessments/"))
    labels = [
        option.get_text(strip=True) for option in soup.select("select[name=checklist] option")
    ]
    assert checklist.title in labels
    assert not [
        query["sql"]
        for query in captured.captured_queries
        if '"checklists_checklist"."sections"' in query["sql"]
    ]


def test_self_check_steps_read_the_checklist_once_while_the_cache_holds_it(
    client, lisbon_customisation, question_ids, checklist, page_cache_on
):
    """With the cache on, a visitor's next step reads no checklist; a checklist edited since is
    shown at once on the next first screen."""
    from tests.helpers import captured_queries

    client.get(URL)
    with captured_queries() as captured:
        response = client.get(URL)
    hidden = step_fields(response)
    with captured_queries() as posted:
        client.post(
            URL,
            {**hidden, **dict.fromkeys(question_ids[0:2], "yes")},
            HTTP_ORIGIN="http://localhost:8001",
        )
    reads = [
        query["sql"]
        for query in [*captured.captured_queries, *posted.captured_queries]
        if 'FROM "checklists_checklist"' in query["sql"]
    ]
    assert reads == []

    first_section = checklist.sections[0]
    first_section.value["title"] = "Renamed by an editor"
    checklist.save()
    assert "Renamed by an editor" in client.get(URL).content.decode()
