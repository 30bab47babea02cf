"""The coordinator downloads the city's self-check totals as CSV, per closed reporting period
(tools.disclosure), never a month that could be one resident's score."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from checklists.exports import SELF_CHECK_CSV_HEADER, self_check_rows
from checklists.factories import SelfCheckTallyFactory
from checklists.models import SelfCheckTally
from checklists.scoring import rounded
from tools.disclosure import MIN_PUBLISHED_GROUP as K

pytestmark = pytest.mark.django_db


def csv_url(customisation):
    """The admin's download of one city's self-check totals of one checklist tool."""
    return f"/admin/checklists/assessments/self-checks/{customisation.translation_key}.csv"


@pytest.fixture
def tallies(lisbon_customisation):
    """March 2025: K + 1 self-checks, K of them scored, averaging 75 (a closed period)."""
    SelfCheckTallyFactory(
        customisation=lisbon_customisation,
        month=datetime.date(2025, 3, 1),
        completions=K + 1,
        scored=K,
        average=75,
    )


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def test_coordinator_downloads_the_totals_per_period(
    client, lisbon_customisation, coordinator_of, lisbon, tallies
):
    client.force_login(coordinator_of(lisbon))

    response = client.get(csv_url(lisbon_customisation))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="council-checklist-lisbon-self-checks-{today}.csv"'
    )
    assert read_csv(response) == [
        ["period", "completed_self_checks", "scored_self_checks", "average_score"],
        ["2025-03/2025-03", str(K + 1), str(K), "75"],
    ]


def test_a_month_of_one_self_check_is_never_exported_on_its_own(lisbon_customisation, tallies):
    """One resident's self-check in April: its month alone would be their score."""
    SelfCheckTally.record(lisbon_customisation, 3, today=datetime.date(2025, 4, 2))
    SelfCheckTally.record(lisbon_customisation, 90, today=timezone.localdate())

    rows = self_check_rows(lisbon_customisation)

    assert rows == [["2025-03/2025-03", K + 1, K, 75]]


def test_the_months_add_up_every_language_version_of_the_tool(
    lisbon_customisation, locales, tallies
):
    from icc_site.localize import publish_translation

    french = publish_translation(lisbon_customisation, locales["fr"], {})
    SelfCheckTally.record(french, 0, today=datetime.date(2025, 3, 20))

    rows = self_check_rows(lisbon_customisation)

    assert rows[-1] == ["2025-03/2025-03", K + 2, K + 1, rounded(K * 75 / (K + 1))]


def test_only_this_tools_tallies_are_exported(lisbon_customisation, rijeka_customisation, tallies):
    SelfCheckTallyFactory(
        customisation=rijeka_customisation,
        month=datetime.date(2025, 2, 1),
        completions=K,
        average=10,
    )

    assert [row[0] for row in self_check_rows(lisbon_customisation)] == ["2025-03/2025-03"]


def test_no_cell_can_run_as_a_formula(
    client, lisbon_customisation, coordinator_of, lisbon, tallies
):
    # The export has no free text: only periods and numbers, so nothing a spreadsheet would
    # run as a formula (no cell starts with = + - @).
    client.force_login(coordinator_of(lisbon))

    rows = read_csv(client.get(csv_url(lisbon_customisation)))

    assert rows[0] == SELF_CHECK_CSV_HEADER
    for period, *numbers in rows[1:]:
        assert all(datetime.datetime.strptime(month, "%Y-%m") for month in period.split("/"))
        assert all(cell == "" or cell.isdigit() for cell in numbers)
    assert not any(cell[:1] in "=+-@" for row in rows for cell in row if cell)


def test_an_empty_export_still_has_its_header(client, lisbon_customisation, coordinator_of, lisbon):
    client.force_login(coordinator_of(lisbon))

    assert read_csv(client.get(csv_url(lisbon_customisation))) == [SELF_CHECK_CSV_HEADER]


def test_the_list_links_to_the_download(
    client, lisbon_customisation, coordinator_of, lisbon, tallies
):
    client.force_login(coordinator_of(lisbon))

    page = client.get("/admin/checklists/assessments/").content.decode()

    assert f'href="{csv_url(lisbon_customisation)}"' in page


def test_another_citys_coordinator_and_visitors_cannot_download(
    client, lisbon_customisation, rijeka_customisation, coordinator_of, rijeka, tallies
):
    url = csv_url(lisbon_customisation)
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    client.force_login(coordinator_of(rijeka))
    assert client.get(url).status_code == 404
    page = client.get("/admin/checklists/assessments/").content.decode()
    assert url not in page


def test_deleting_a_language_version_moves_no_period_already_shown(lisbon_customisation, locales):
    """Each language version keeps its own tallies and a month adds them up: deleting one
    version takes part of January away. January then goes whole; February stays as it was,
    never "January to February", which set against what was shown would single out anyone."""
    from checklists.comparison import comparisons
    from icc_site.localize import publish_translation

    french = publish_translation(lisbon_customisation, locales["fr"], {})
    half = K // 2
    for version, month, number in (
        (lisbon_customisation, 1, half),
        (french, 1, K - half),
        (lisbon_customisation, 2, K),
    ):
        SelfCheckTallyFactory(
            customisation=version, month=datetime.date(2025, month, 1), completions=number
        )
    shown = self_check_rows(lisbon_customisation)
    assert [row[0] for row in shown] == ["2025-01/2025-01", "2025-02/2025-02"]
    assert comparisons(lisbon_customisation, 60)[0].count == 2 * K

    french.delete()

    assert self_check_rows(lisbon_customisation) == [shown[1]]
    assert comparisons(lisbon_customisation, 60)[0].count == K
