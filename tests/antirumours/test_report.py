"""The anonymous report form, end to end without cookies, and its refusals."""

import pytest

from antirumours.models import RumourReport
from tests.antirumours.conftest import EMBED, Resident

pytestmark = pytest.mark.django_db

REPORT = EMBED + "report/"


def test_resident_reports_a_rumour_from_a_cross_site_frame(bilbao_customisation):
    resident = Resident()
    page = resident.get(REPORT)
    assert page.status_code == 200
    assert "frame-ancestors" in page["Content-Security-Policy"]

    response = resident.submit(
        {"text": "  People say newcomers skip the housing list.  ", "channel": "workplace"}
    )

    assert response.status_code == 200
    assert resident.soup.select_one("[role=status]")
    report = RumourReport.objects.get()
    assert report.text == "People say newcomers skip the housing list."
    assert report.channel == "workplace"
    assert report.status == RumourReport.PENDING
    assert report.language == "en"
    assert report.month.day == 1


def test_a_report_stores_no_identifier():
    """What a resident sends, plus what moderators write about it (status, the rumour it
    repeats, a reason for rejecting it): no address, account, session or device."""
    stored = {field.name for field in RumourReport._meta.get_fields()}
    assert stored == {
        "id",
        "city",
        "text",
        "channel",
        "frequency",
        "target",
        "language",
        "month",
        "status",
        "rumour",
        "rejection_reason",
    }


def test_the_same_form_cannot_be_sent_twice(bilbao_customisation):
    resident = Resident()
    resident.get(REPORT)
    hidden = resident.hidden_fields()
    resident.submit({"text": "A rumour about the market."}, hidden=hidden, url=REPORT)

    replay = resident.submit({"text": "A rumour about the market."}, hidden=hidden, url=REPORT)

    assert replay.status_code == 409
    assert RumourReport.objects.count() == 1


def test_a_forged_state_is_refused(bilbao_customisation):
    resident = Resident()
    resident.get(REPORT)
    response = resident.submit({"text": "A rumour about the market.", "tool_state": "forged"})
    assert response.status_code == 400
    assert not RumourReport.objects.exists()


def test_a_post_from_a_site_the_city_did_not_list_is_refused(bilbao_customisation):
    resident = Resident(origin="https://evil.example")
    resident.get(REPORT)
    response = resident.submit({"text": "A rumour about the market."})
    assert response.status_code == 403
    assert not RumourReport.objects.exists()


def test_a_too_long_report_is_refused_and_the_form_can_be_corrected(bilbao_customisation):
    resident = Resident()
    resident.get(REPORT)
    hidden = resident.hidden_fields()

    response = resident.submit({"text": "x" * 501}, hidden=hidden, url=REPORT)

    assert response.status_code == 400
    assert resident.soup.select_one(".ar-errors[role=alert]")
    assert not RumourReport.objects.exists()
    corrected = resident.submit({"text": "Shorter now, and fine."}, hidden=hidden, url=REPORT)
    assert corrected.status_code == 200
    assert RumourReport.objects.count() == 1


def test_the_city_can_close_the_report_form(bilbao_customisation, client):
    bilbao_customisation.report_form_enabled = False
    bilbao_customisation.save_revision().publish()
    assert client.get(REPORT).status_code == 404
