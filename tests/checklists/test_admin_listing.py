"""The assessments' admin listing as a coordinator uses it: sorted by a column, narrowed by a
filter or a search, and drafts deleted in bulk after a confirmation, only in their own cities."""

import pytest

from checklists.models import Assessment
from tests.checklists.conftest import make_assessment
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

LISTING = "/admin/checklists/assessments/"
DELETE = "/admin/bulk/checklists/assessment/delete/"


@pytest.fixture
def listed(lisbon, rijeka, checklist, question_ids):
    """Lisbon's assessments of 2022 (weak), 2023 (strong) and a draft of 2024; one of Rijeka."""
    count = len(question_ids)
    rows = {
        "weak": make_assessment(lisbon, checklist, question_ids, 2022, *["no"] * count),
        "strong": make_assessment(lisbon, checklist, question_ids, 2023, *["yes"] * count),
        "draft": make_assessment(
            lisbon, checklist, question_ids, 2024, *[""] * count, publish=False
        ),
        "rijeka": make_assessment(
            rijeka, checklist, question_ids, 2024, *[""] * count, publish=False
        ),
    }
    for name, row in rows.items():
        Assessment.objects.filter(pk=row.pk).update(title=f"{name.capitalize()} review")
    return rows


def titles(response):
    return [cell.get_text(strip=True) for cell in soup_of(response).select("tbody td.title a")]


def test_the_newest_assessment_comes_first_and_a_column_sorts_the_rows(
    lisbon_coordinator_client, listed
):
    assert titles(lisbon_coordinator_client.get(LISTING)) == [
        "Draft review",
        "Strong review",
        "Weak review",
    ]
    assert titles(lisbon_coordinator_client.get(LISTING, {"ordering": "assessed_on"})) == [
        "Weak review",
        "Strong review",
        "Draft review",
    ]
    by_score = titles(lisbon_coordinator_client.get(LISTING, {"ordering": "-score"}))
    assert by_score.index("Strong review") < by_score.index("Weak review")


def test_the_column_headings_are_links_that_sort(lisbon_coordinator_client, listed):
    links = {
        link.get_text(" ", strip=True): link["href"]
        for link in soup_of(lisbon_coordinator_client.get(LISTING)).select("thead th a[href]")
    }

    assert "ordering=assessed_on" in links["Date"]
    assert "ordering=score" in links["Overall score"]


def test_filters_and_search_narrow_the_rows(lisbon_coordinator_client, listed):
    assert titles(lisbon_coordinator_client.get(LISTING, {"status": "draft"})) == ["Draft review"]
    assert titles(
        lisbon_coordinator_client.get(
            LISTING, {"assessed_on_from": "2023-01-01", "assessed_on_to": "2023-12-31"}
        )
    ) == ["Strong review"]
    assert titles(lisbon_coordinator_client.get(LISTING, {"q": "weak"})) == ["Weak review"]
    # Another city's rows are never listed, whatever the filter asks.
    assert titles(lisbon_coordinator_client.get(LISTING, {"q": "rijeka"})) == []


def test_the_listing_offers_to_delete_the_selected_rows(lisbon_coordinator_client, listed):
    page = soup_of(lisbon_coordinator_client.get(LISTING))

    buttons = page.select("[data-bulk-action-footer] a[data-bulk-action-button]")
    assert "Delete" in [button.get_text(strip=True) for button in buttons]
    assert len(page.select("tbody input[data-bulk-action-checkbox]")) == 3


def test_bulk_delete_asks_first_then_deletes_only_own_drafts(lisbon_coordinator_client, listed):
    ids = "&".join(f"id={row.pk}" for row in listed.values())
    url = f"{DELETE}?{ids}&next={LISTING}"

    confirm = lisbon_coordinator_client.get(url).content.decode()
    assert Assessment.objects.count() == 4  # nothing deleted before the answer
    assert "Delete these 3 assessments if they are drafts?" in confirm
    assert "Rijeka review" not in confirm

    response = lisbon_coordinator_client.post(url, follow=True)

    assert [str(message).strip() for message in response.context["messages"]] == [
        "1 draft deleted."
    ]
    assert set(Assessment.objects.values_list("title", flat=True)) == {
        "Weak review",
        "Strong review",
        "Rijeka review",
    }


def test_a_bulk_delete_naming_only_another_citys_rows_finds_nothing(
    lisbon_coordinator_client, listed
):
    url = f"{DELETE}?id={listed['rijeka'].pk}"

    assert lisbon_coordinator_client.get(f"{DELETE}?id={listed['draft'].pk}").status_code == 200
    assert lisbon_coordinator_client.get(url).status_code == 404
    assert lisbon_coordinator_client.post(url).status_code == 404
    assert Assessment.objects.filter(pk=listed["rijeka"].pk).exists()


def test_without_javascript_a_plain_form_searches_and_filters(lisbon_coordinator_client, listed):
    form = soup_of(lisbon_coordinator_client.get(LISTING)).select_one("noscript form[method=get]")

    names = {field["name"] for field in form.select("input[name], select[name]")}
    assert {"q", "city", "status", "assessed_on_from", "assessed_on_to"} <= names
    assert form["action"] == LISTING
    assert form.select_one("button[type=submit]")


def test_self_checks_are_listed_by_closed_period_never_a_month_of_one_person(
    lisbon_coordinator_client, lisbon_customisation
):
    import datetime

    from django.utils import timezone

    from checklists.factories import SelfCheckTallyFactory
    from checklists.models import SelfCheckTally
    from tools.disclosure import MIN_PUBLISHED_GROUP as K

    SelfCheckTallyFactory(
        customisation=lisbon_customisation,
        month=datetime.date(2025, 1, 1),
        completions=K,
        average=60,
    )
    SelfCheckTally.record(lisbon_customisation, 7, today=datetime.date(2025, 2, 3))  # one person
    SelfCheckTally.record(lisbon_customisation, 7, today=timezone.localdate())

    page = soup_of(lisbon_coordinator_client.get(LISTING))

    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in page.select(".nice-padding table.listing tbody tr")
    ]
    assert [(row[0], row[3], row[4]) for row in rows] == [("January 2025", str(K), "60%")]
    assert "2 recent self-checks are not counted yet" in page.text
    assert "7%" not in page.text


def test_a_period_that_lost_self_checks_is_neither_shown_nor_called_recent(
    lisbon_coordinator_client, lisbon_customisation
):
    """A period kept when it closed, then partly deleted under the retention rule, is never shown
    again (a figure of what is left would differ from the one published by the people deleted);
    its self-checks are not waiting to be counted either."""
    import datetime

    from django.utils import timezone

    from checklists.factories import SelfCheckTallyFactory
    from checklists.models import SelfCheckTally
    from checklists.periods import TOOL_SERIES
    from tools.disclosure import MIN_PUBLISHED_GROUP as K
    from tools.models import ReportingPeriod

    SelfCheckTallyFactory(
        customisation=lisbon_customisation,
        month=datetime.date(2025, 1, 1),
        completions=K,
        average=60,
    )
    ReportingPeriod.objects.create(
        scope=f"{TOOL_SERIES}:{lisbon_customisation.translation_key}",
        first=datetime.date(2025, 1, 1),
        last=datetime.date(2025, 1, 31),
        count=K + 1,  # one self-check of January since deleted
    )
    SelfCheckTally.record(lisbon_customisation, 7, today=timezone.localdate())

    page = soup_of(lisbon_coordinator_client.get(LISTING))

    assert not page.select(".nice-padding table.listing tbody tr")
    assert "1 recent self-check is not counted yet" in page.text
