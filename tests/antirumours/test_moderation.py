"""Moderation: nothing a resident sent is public before approval, and everything is escaped."""

import datetime

import pytest
from django.test import Client

from antirumours.diagnosis import diagnose, last_months
from antirumours.factories import RumourReportFactory
from antirumours.models import RumourReport
from tests.antirumours.conftest import EMBED
from tests.helpers import soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

DIAGNOSIS = EMBED + "diagnosis/"
SCRIPT = "<script>alert('x')</script> they get everything"


def test_a_pending_report_is_not_shown_or_counted(bilbao, bilbao_customisation, jobs_rumour):
    RumourReportFactory(city=bilbao, text=SCRIPT, rumour=jobs_rumour)

    page = Client().get(DIAGNOSIS).content.decode()

    assert "they get everything" not in page
    assert "No approved reports yet." in page
    assert diagnose(bilbao, [jobs_rumour]).total == 0


def test_a_rejected_report_is_never_shown(bilbao, bilbao_customisation, jobs_rumour):
    RumourReportFactory(city=bilbao, text=SCRIPT, status=RumourReport.REJECTED)
    assert "they get everything" not in Client().get(DIAGNOSIS).content.decode()


def test_an_approved_report_is_shown_escaped(bilbao, bilbao_customisation, jobs_rumour):
    RumourReportFactory(city=bilbao, text=SCRIPT, status=RumourReport.APPROVED, rumour=jobs_rumour)

    html = Client().get(DIAGNOSIS).content.decode()

    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; they get everything" in html
    assert "<script>alert" not in html


def test_diagnosis_counts_approved_reports_per_rumour_and_month(
    bilbao, bilbao_customisation, jobs_rumour
):
    months = last_months(3, until=datetime.date(2026, 3, 15))
    for month, count in zip(months, (1, 3, 2), strict=True):
        for _n in range(count):
            RumourReportFactory(
                city=bilbao, month=month, status=RumourReport.APPROVED, rumour=jobs_rumour
            )
    RumourReportFactory(city=bilbao, month=months[1], status=RumourReport.APPROVED)

    diagnosis = diagnose(bilbao, [jobs_rumour], months=months)

    assert [row.name for row in diagnosis.rows] == ["They take our jobs", "Other rumours reported"]
    assert diagnosis.rows[0].per_month == [1, 3, 2]
    assert diagnosis.rows[1].per_month == [0, 1, 0]
    assert diagnosis.total == 7
    assert [line.name for line in diagnosis.chart.lines][0] == "They take our jobs"


def test_the_diagnosis_chart_is_an_accessible_svg_with_a_table(
    bilbao, bilbao_customisation, jobs_rumour
):
    RumourReportFactory(city=bilbao, status=RumourReport.APPROVED, rumour=jobs_rumour)

    page = soup_of(Client().get(DIAGNOSIS))

    svg = page.select_one("figure svg[role=img]")
    assert svg.select_one("title").get_text() == "Approved reports per month"
    assert svg["aria-labelledby"]
    table = page.select_one(".tool-chart + .tool-chart__table table")
    assert len(table.select("tbody tr")) == 12
    assert not page.select("script:not([src])")


def test_another_citys_reports_never_appear(
    bilbao, montreal, bilbao_customisation, montreal_customisation
):
    RumourReportFactory(city=montreal, text="Montreal only", status=RumourReport.APPROVED)
    assert "Montreal only" not in Client().get(DIAGNOSIS).content.decode()


QUEUE = "/admin/snippets/antirumours/rumourreport/"
APPROVE = "/admin/bulk/antirumours/rumourreport/approve/"


def approve_url(*reports, ids=None):
    ids = ids or [str(report.pk) for report in reports]
    return APPROVE + "?" + "&".join(f"id={pk}" for pk in ids) + f"&next={QUEUE}"


def test_the_queue_offers_to_approve_the_selected_reports(client, coordinator_of, bilbao):
    RumourReportFactory(city=bilbao)
    client.force_login(coordinator_of(bilbao))

    page = soup_of(client.get(QUEUE))

    buttons = page.select("[data-bulk-action-footer] a[data-bulk-action-button]")
    assert "Approve" in [button.get_text(strip=True) for button in buttons]


def test_bulk_approval_approves_only_the_reports_of_the_moderators_cities(
    client, coordinator_of, bilbao, montreal
):
    first, second = RumourReportFactory(city=bilbao), RumourReportFactory(city=bilbao)
    other = RumourReportFactory(city=montreal, text="Montreal only")
    client.force_login(coordinator_of(bilbao))

    confirm = client.get(approve_url(first, second, other)).content.decode()
    response = client.post(approve_url(first, second, other), follow=True)

    assert "Approve these 2 reports?" in confirm
    assert "Montreal only" not in confirm
    assert [str(m).strip() for m in response.context["messages"]] == ["2 rumour reports approved."]
    statuses = dict(RumourReport.objects.values_list("pk", "status"))
    assert statuses[first.pk] == statuses[second.pk] == RumourReport.APPROVED
    assert statuses[other.pk] == RumourReport.PENDING


def test_approving_all_of_the_queue_leaves_rejected_and_other_cities_reports(
    client, coordinator_of, bilbao, montreal
):
    waiting = RumourReportFactory(city=bilbao)
    rejected = RumourReportFactory(city=bilbao, status=RumourReport.REJECTED)
    other = RumourReportFactory(city=montreal)
    client.force_login(coordinator_of(bilbao))

    response = client.post(approve_url(ids=["all"]), follow=True)

    assert [str(m).strip() for m in response.context["messages"]] == ["1 rumour report approved."]
    statuses = dict(RumourReport.objects.values_list("pk", "status"))
    assert statuses[waiting.pk] == RumourReport.APPROVED
    assert statuses[rejected.pk] == RumourReport.REJECTED
    assert statuses[other.pk] == RumourReport.PENDING


def test_a_bulk_approved_report_appears_in_the_public_diagnosis(
    client, coordinator_of, bilbao, bilbao_customisation, jobs_rumour
):
    report = RumourReportFactory(city=bilbao, text="They get flats first", rumour=jobs_rumour)
    client.force_login(coordinator_of(bilbao))

    client.post(approve_url(report))

    assert "They get flats first" in Client().get(DIAGNOSIS).content.decode()


def test_bulk_approval_is_a_form_with_its_csrf_token(coordinator_of, bilbao):
    report = RumourReportFactory(city=bilbao)
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator_of(bilbao))

    form = soup_of(client.get(approve_url(report))).select_one("form[method=POST]")
    token = form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    forged = client.post(form["action"])
    report.refresh_from_db()
    assert forged.status_code == 403
    assert report.status == RumourReport.PENDING

    client.post(form["action"], {"csrfmiddlewaretoken": token})
    report.refresh_from_db()
    assert report.status == RumourReport.APPROVED


def test_a_bulk_approval_expires_the_cached_pages_as_one_approval_does(
    client, coordinator_of, bilbao, home_page, page_cache_on
):
    from icc_site.page_cache import HEADER

    report = RumourReportFactory(city=bilbao)
    client.force_login(coordinator_of(bilbao))
    visitor = Client()
    visitor.get("/en/")
    assert visitor.get("/en/")[HEADER] == "hit"

    client.post(approve_url(report))

    assert visitor.get("/en/")[HEADER] == "miss"


REJECT = "/admin/bulk/antirumours/rumourreport/reject/"


def reject_url(*reports):
    ids = "&".join(f"id={report.pk}" for report in reports)
    return f"{REJECT}?{ids}&next={QUEUE}"


def test_bulk_rejection_asks_a_reason_and_rejects_only_the_moderators_reports(
    client, coordinator_of, bilbao, montreal
):
    first, second = RumourReportFactory(city=bilbao), RumourReportFactory(city=bilbao)
    other = RumourReportFactory(city=montreal, text="Montreal only")
    client.force_login(coordinator_of(bilbao))
    url = reject_url(first, second, other)

    buttons = soup_of(client.get(QUEUE)).select(
        "[data-bulk-action-footer] a[data-bulk-action-button]"
    )
    confirm = client.get(url).content.decode()
    without_reason = client.post(url, {"reason": "  "})
    response = client.post(url, {"reason": "Names a neighbour"}, follow=True)

    assert "Reject" in [button.get_text(strip=True) for button in buttons]
    assert "Reject these 2 reports?" in confirm and "Montreal only" not in confirm
    assert without_reason.status_code == 200  # the form again, nothing rejected
    assert [str(m).strip() for m in response.context["messages"]] == ["2 rumour reports rejected."]
    rows = {row.pk: row for row in RumourReport.objects.all()}
    assert rows[first.pk].status == rows[second.pk].status == RumourReport.REJECTED
    assert rows[first.pk].rejection_reason == "Names a neighbour"
    assert rows[other.pk].status == RumourReport.PENDING


def test_rejecting_one_report_in_its_form_needs_a_reason(client, coordinator_of, bilbao):
    report = RumourReportFactory(city=bilbao, text="They get flats first")
    client.force_login(coordinator_of(bilbao))
    url = f"{QUEUE}edit/{report.pk}/"
    data = {"status": "rejected", "text": report.text, "rumour": "", "channel": "", "frequency": ""}
    data["target"] = ""

    refused = client.post(url, {**data, "rejection_reason": ""})
    client.post(url, {**data, "rejection_reason": "Not a rumour: a question"})

    assert refused.status_code == 200
    assert "Say why the report is rejected." in refused.content.decode()
    report.refresh_from_db()
    assert report.status == RumourReport.REJECTED
    assert report.rejection_reason == "Not a rumour: a question"


def test_the_queue_is_searched_by_what_residents_wrote(client, coordinator_of, bilbao, montreal):
    RumourReportFactory(city=bilbao, text="They get flats first")
    RumourReportFactory(city=bilbao, text="They never learn the language")
    RumourReportFactory(city=montreal, text="They get flats in Montreal")
    client.force_login(coordinator_of(bilbao))

    rows = soup_of(client.get(QUEUE, {"q": "flats"})).select("tbody tr")

    assert [row.get_text(" ", strip=True).count("flats") for row in rows] == [1]
    assert "Montreal" not in " ".join(row.get_text() for row in rows)


def test_the_queue_sorts_by_city_for_an_editor_of_every_city(client, editor, bilbao, montreal):
    RumourReportFactory(city=montreal, text="From Montreal")
    RumourReportFactory(city=bilbao, text="From Bilbao")
    client.force_login(editor)

    def cities(ordering):
        rows = soup_of(client.get(QUEUE, {"ordering": ordering})).select("tbody tr")
        return [row.select("td")[2].get_text(strip=True) for row in rows]

    assert cities("city__title") == sorted(cities("city__title"))
    assert cities("-city__title") == sorted(cities("city__title"), reverse=True)
    assert len(set(cities("city__title"))) == 2


def test_the_queue_shows_each_reports_month_as_a_month(client, coordinator_of, bilbao):
    RumourReportFactory(city=bilbao, month=datetime.date(2026, 11, 1))
    client.force_login(coordinator_of(bilbao))

    row = soup_of(client.get(QUEUE)).select_one("tbody tr").get_text(" ", strip=True)

    # The month a report was heard in, not the first day of it ("1 November 2026").
    assert "November 2026" in row
    assert "1 November 2026" not in row
