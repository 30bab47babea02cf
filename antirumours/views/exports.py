"""CSV exports of a city's anonymous counts, for its coordinators only (`city_scoped`)."""

from django.db.models import Count

from antirumours.checker import checker_periods
from antirumours.models import RumourReport
from antirumours.models.common import of_city
from antirumours.views.admin import city_from_url, rumours_in_admin_language
from tools.downloads import csv_download
from tools.permissions import city_scoped

__all__ = ["checker_csv", "reports_csv"]


def _title_by_key(city):
    return {rumour.translation_key: rumour.title for rumour in rumours_in_admin_language(city)}


@city_scoped(city_from_url)
def reports_csv(request, city_id):
    """Approved reports per month and rumour (no report text: counts only)."""
    city = city_from_url(request, city_id)
    titles = _title_by_key(city)
    rows = (
        of_city(RumourReport.objects.filter(status=RumourReport.APPROVED), city)
        .values_list("month", "rumour__translation_key")
        .annotate(reports=Count("pk"))
        .order_by("month", "rumour__translation_key")
    )
    return csv_download(
        f"{city.slug}-rumour-reports.csv",
        ["month", "rumour", "approved_reports"],
        [(f"{month:%Y-%m}", titles.get(key, ""), count) for month, key, count in rows],
    )


@city_scoped(city_from_url)
def checker_csv(request, city_id):
    """The rumour checker's counts per closed reporting period, rumour and answer: never a
    month that could hold one resident's answer (`tools.disclosure`)."""
    city = city_from_url(request, city_id)
    titles = _title_by_key(city)
    rows = []
    for key, block, answers in checker_periods(city):
        period = f"{block.first:%Y-%m}/{block.last:%Y-%m}"
        rows.extend(
            (period, titles.get(key, ""), answer, count)
            for answer, count in sorted(answers.items())
        )
    return csv_download(
        f"{city.slug}-rumour-checker.csv", ["period", "rumour", "answer", "count"], rows
    )
