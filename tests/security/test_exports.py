"""Every CSV and XLSX export, admin and public, goes through one formula-safe path
(tools.downloads), and residents' text is saved without control characters."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from antirumours.factories import RumourFactory
from antirumours.models import RumourReport
from heritage_mapping.models import HeritageItem
from heritage_mapping.vocabulary import Status
from tests.heritage_mapping import flow
from tests.security.conftest import REPORT, report_data
from tools.downloads import safe_cell

pytestmark = pytest.mark.django_db

HERITAGE_ADMIN = "/admin/snippets/heritage_mapping/heritageitem/"
HOSTILE_CELLS = ['=HYPERLINK("http://evil.example","click")', "@SUM(A1)", "+1+2", "-2+3", "\tx"]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("text", HOSTILE_CELLS)
def test_a_cell_that_looks_like_a_formula_is_shown_as_text(text):
    assert safe_cell(text) == "'" + text


def test_plain_text_numbers_and_dates_are_left_alone():
    assert safe_cell("Fado evenings") == "Fado evenings"
    assert safe_cell(-9.1366) == -9.1366
    assert safe_cell(None) is None


@pytest.fixture
def hostile_items(mouraria, make_item):
    items = [
        make_item(mouraria, title, status=Status.PENDING, place_name=title)
        for title in HOSTILE_CELLS
    ]
    # Text saved before control characters were stripped: the exports must still cope.
    HeritageItem.objects.filter(pk=items[0].pk).update(contributor_name="Ana\x07\x0b Lima")
    return items


def test_the_admin_csv_export_neutralises_residents_formulas(
    lisbon_coordinator_client, hostile_items
):
    response = lisbon_coordinator_client.get(HERITAGE_ADMIN, {"export": "csv"})

    rows = list(csv.reader(io.StringIO(body(response).decode())))
    cells = {cell for row in rows[1:] for cell in row}
    for text in HOSTILE_CELLS:
        assert "'" + text in cells
        assert text not in cells
    assert "Ana Lima" in cells


def test_a_control_character_in_a_contribution_does_not_break_the_xlsx_export(
    lisbon_coordinator_client, hostile_items
):
    response = lisbon_coordinator_client.get(HERITAGE_ADMIN, {"export": "xlsx"})

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response))).active
    cells = {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}
    assert "Ana Lima" in cells
    assert "'" + HOSTILE_CELLS[0] in cells
    assert HOSTILE_CELLS[0] not in cells


def test_wagtails_own_report_exports_are_neutralised(client, home_page, django_user_model):
    admin = django_user_model.objects.create_superuser("chief", password="pw")
    client.force_login(admin)
    home_page.title = "=1+2"
    home_page.save_revision(user=admin, log_action=True).publish(user=admin)

    response = client.get("/admin/reports/site-history/", {"export": "csv"})

    text = body(response).decode()
    assert "'=1+2" in text
    assert ",=1+2" not in text


def test_the_rumour_export_neutralises_a_coordinators_title(
    client, bilbao_customisation, bilbao, coordinator_of
):
    rumour = RumourFactory(city=bilbao, title='=HYPERLINK("http://evil.example")', slug="x")
    RumourReport.objects.create(
        city=bilbao, rumour=rumour, text="heard it", language="en", status=RumourReport.APPROVED
    )
    client.force_login(coordinator_of(bilbao))

    response = client.get(reverse("antirumours_admin:reports_csv", args=[bilbao.pk]))

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][1] == '\'=HYPERLINK("http://evil.example")'


def test_a_residents_report_is_saved_without_control_characters(resident, bilbao_customisation):
    text = "They said\x07 it\x1b[31m twice.\nLine two\twith a tab."
    assert resident.post(REPORT, report_data(resident, text=text)).status_code == 200

    saved = RumourReport.objects.get()
    assert saved.text == "They said it[31m twice.\nLine two\twith a tab."


def test_a_heritage_contribution_is_saved_without_control_characters(client, mouraria, monkeypatch):
    monkeypatch.setattr(
        flow,
        "WHAT",
        {
            "title": "Sunday\x07 cachupa\x1b",
            "description": "A stew\x0b of corn.\r\nShared\ton Sundays.\x7f\rAll year.",
            "category": "food",
        },
    )

    url = flow.contribute_url(mouraria)
    review = flow.run_to(client, url, "review")
    assert flow.post_step(client, url, review, {}).status_code == 303

    item = HeritageItem.objects.get()
    assert item.title == "Sunday cachupa"
    assert item.description == "A stew of corn.\nShared\ton Sundays.\nAll year."


def test_no_export_writes_spreadsheet_cells_around_the_one_path():
    """Every CSV or XLSX writer of the project is in tools/downloads.py (Wagtail's own
    spreadsheet exports are routed through it when the tools framework starts)."""
    root = Path(__file__).resolve().parents[2]
    writers = re.compile(r"csv\.(writer|DictWriter)\(|openpyxl|Workbook\(")
    found = [
        str(path.relative_to(root))
        for path in root.glob("*/**/*.py")
        if not path.relative_to(root).parts[0].startswith((".", "tests"))
        and path.relative_to(root).as_posix() != "tools/downloads.py"
        and writers.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
