"""The coordinator downloads the city's monthly self-check totals as CSV."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from checklists.exports import SELF_CHECK_CSV_HEADER, self_check_rows
from checklists.models import SelfCheckTally

pytestmark = pytest.mark.django_db

CSV_URL = "/en/tools/council-checklist/lisbon/assessments/self-checks.csv"


@pytest.fixture
def tallies(lisbon_customisation):
    # Three completions in March (two scored: 50 and 100), one unscored in January.
    for score in (50, 100, None):
        SelfCheckTally.record(lisbon_customisation, score, today=datetime.date(2025, 3, 14))
    SelfCheckTally.record(lisbon_customisation, None, today=datetime.date(2025, 1, 2))


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def test_coordinator_downloads_the_monthly_totals(
    client, lisbon_customisation, coordinator_of, lisbon, tallies
):
    client.force_login(coordinator_of(lisbon))

    response = client.get(CSV_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="council-checklist-lisbon-self-checks-{today}.csv"'
    )
    assert read_csv(response) == [
        ["month", "completed_self_checks", "scored_self_checks", "average_score"],
        ["2025-01", "1", "0", ""],
        ["2025-03", "3", "2", "75"],
    ]


def test_the_months_add_up_every_language_version_of_the_tool(
    lisbon_customisation, locales, tallies
):
    from icc_site.localize import publish_translation

    french = publish_translation(lisbon_customisation, locales["fr"], {})
    SelfCheckTally.record(french, 0, today=datetime.date(2025, 3, 20))

    rows = self_check_rows(lisbon_customisation)

    assert rows[-1] == ["2025-03", 4, 3, 50]


def test_only_this_tools_tallies_are_exported(lisbon_customisation, rijeka_customisation, tallies):
    SelfCheckTally.record(rijeka_customisation, 10, today=datetime.date(2025, 2, 1))

    assert [row[0] for row in self_check_rows(lisbon_customisation)] == ["2025-01", "2025-03"]


def test_no_cell_can_run_as_a_formula(
    client, lisbon_customisation, coordinator_of, lisbon, tallies
):
    # The export has no free text: only months and numbers, so nothing a spreadsheet would
    # run as a formula (no cell starts with = + - @).
    client.force_login(coordinator_of(lisbon))

    rows = read_csv(client.get(CSV_URL))

    assert rows[0] == SELF_CHECK_CSV_HEADER
    for month, *numbers in rows[1:]:
        assert datetime.datetime.strptime(month, "%Y-%m")
        assert all(cell == "" or cell.isdigit() for cell in numbers)
    assert not any(cell[:1] in "=+-@" for row in rows for cell in row if cell)


def test_an_empty_export_still_has_its_header(client, lisbon_customisation, coordinator_of, lisbon):
    client.force_login(coordinator_of(lisbon))

    assert read_csv(client.get(CSV_URL)) == [SELF_CHECK_CSV_HEADER]


def test_the_list_links_to_the_download(client, lisbon_customisation, coordinator_of, lisbon):
    client.force_login(coordinator_of(lisbon))

    page = client.get("/en/tools/council-checklist/lisbon/assessments/").content.decode()

    assert f'href="{CSV_URL}"' in page


def test_another_citys_coordinator_and_visitors_cannot_download(
    client, lisbon_customisation, rijeka_customisation, coordinator_of, rijeka, tallies
):
    anonymous = client.get(CSV_URL)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    client.force_login(coordinator_of(rijeka))
    assert client.get(CSV_URL).status_code == 404
