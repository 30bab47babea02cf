"""CSV exports of a city's anonymous counts, for its coordinators only (`city_scoped`)."""

from django.db.models import Count

from antirumours.models import CheckerTally, RumourReport
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
    """The rumour checker's counts per month, rumour and answer."""
    city = city_from_url(request, city_id)
    titles = _title_by_key(city)
    rows = (
        of_city(CheckerTally.objects.all(), city)
        .select_related("rumour")
        .order_by("month", "rumour__translation_key", "answer")
    )
    return csv_download(
        f"{city.slug}-rumour-checker.csv",
        ["month", "rumour", "answer", "count"],
        [
            (
                f"{row.month:%Y-%m}",
                titles.get(row.rumour.translation_key, ""),
                row.answer,
                row.count,
            )
            for row in rows
        ],
    )
