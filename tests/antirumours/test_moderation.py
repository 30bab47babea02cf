"""Moderation: nothing a resident sent is public before approval, and everything is escaped."""

import datetime

import pytest
from django.test import Client

from antirumours.diagnosis import diagnose, last_months
from antirumours.factories import RumourReportFactory
from antirumours.models import RumourReport
from tests.antirumours.conftest import EMBED, soup

pytestmark = pytest.mark.django_db

DIAGNOSIS = EMBED + "diagnosis/"
SCRIPT = "<script>alert('x')</script> they get everything"


def test_a_pending_report_is_not_shown_or_counted(bilbao, bilbao_strategy, jobs_rumour):
    RumourReportFactory(city=bilbao, text=SCRIPT, rumour=jobs_rumour)

    page = Client().get(DIAGNOSIS).content.decode()

    assert "they get everything" not in page
    assert "No approved reports yet." in page
    assert diagnose(bilbao, [jobs_rumour]).total == 0


def test_a_rejected_report_is_never_shown(bilbao, bilbao_strategy, jobs_rumour):
    RumourReportFactory(city=bilbao, text=SCRIPT, status=RumourReport.REJECTED)
    assert "they get everything" not in Client().get(DIAGNOSIS).content.decode()


def test_an_approved_report_is_shown_escaped(bilbao, bilbao_strategy, jobs_rumour):
    RumourReportFactory(city=bilbao, text=SCRIPT, status=RumourReport.APPROVED, rumour=jobs_rumour)

    html = Client().get(DIAGNOSIS).content.decode()

    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; they get everything" in html
    assert "<script>alert" not in html


def test_diagnosis_counts_approved_reports_per_rumour_and_month(
    bilbao, bilbao_strategy, jobs_rumour
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
    assert [series.name for series in diagnosis.chart.series][0] == "They take our jobs"


def test_the_diagnosis_chart_is_an_accessible_svg_with_a_table(
    bilbao, bilbao_strategy, jobs_rumour
):
    RumourReportFactory(city=bilbao, status=RumourReport.APPROVED, rumour=jobs_rumour)

    page = soup(Client().get(DIAGNOSIS))

    svg = page.select_one("figure svg[role=img]")
    assert svg.select_one("title").get_text() == "Approved reports per month"
    assert svg["aria-labelledby"]
    table = page.select_one(".ar-chart + .ar-table-wrap table")
    assert len(table.select("tbody tr")) == 12
    assert not page.select("script:not([src])")


def test_another_citys_reports_never_appear(bilbao, montreal, bilbao_strategy, montreal_strategy):
    RumourReportFactory(city=montreal, text="Montreal only", status=RumourReport.APPROVED)
    assert "Montreal only" not in Client().get(DIAGNOSIS).content.decode()
