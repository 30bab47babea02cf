"""The diagnosis view's numbers: approved reports per rumour and month, and the chart.

Only approved reports count; pending and rejected ones never leave the moderation queue.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.db.models import Count
from django.utils import formats
from django.utils.translation import gettext as _

from antirumours.models import RumourReport
from antirumours.models.common import of_city
from antirumours.models.reports import first_of_month
from tools.charts import trend_chart

__all__ = ["Diagnosis", "diagnose", "last_months", "monthly_counts", "table_follows"]


def table_follows():
    """The description of a chart whose figures are in the table after it."""
    return _("A line chart. The same figures are in the table that follows.")


#: How many rumours the chart follows; the table lists every rumour reported.
CHART_SERIES = 5


def last_months(count=12, until=None):
    """The first days of the `count` months up to `until`'s month, oldest first."""
    month = first_of_month(until)
    months = []
    for _i in range(count):
        months.append(month)
        month = date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)
    return list(reversed(months))


def monthly_counts(city, months):
    """{rumour translation key or None: Counter({month: approved reports})}. One query."""
    rows = (
        of_city(RumourReport.objects.filter(status=RumourReport.APPROVED), city)
        .filter(month__gte=months[0], month__lte=months[-1])
        .values("rumour__translation_key", "month")
        .annotate(reports=Count("pk"))
        .order_by()
    )
    counts = {}
    for row in rows:
        counts.setdefault(row["rumour__translation_key"], Counter())[row["month"]] += row["reports"]
    return counts


@dataclass
class DiagnosisRow:
    name: str
    rumour: object  # the Rumour in the reader's language, or None ("other rumours")
    per_month: list
    total: int


@dataclass
class Diagnosis:
    months: list
    rows: list  # most reported first
    chart: object
    total: int


def diagnose(city, rumours, months=None):
    """The most reported rumours over `months` (the last twelve by default), for display.

    `rumours` are the city's rumours in the reader's language (they name the series).
    """
    months = months or last_months()
    counts = monthly_counts(city, months)
    names = {rumour.translation_key: rumour for rumour in rumours}
    rows = []
    for key, per_month in counts.items():
        rumour = names.get(key)
        name = rumour.title if rumour else _("Other rumours reported")
        values = [per_month.get(month, 0) for month in months]
        rows.append(DiagnosisRow(name, rumour, values, sum(values)))
    rows.sort(key=lambda row: (-row.total, row.rumour is None, row.name))
    labels = [formats.date_format(month, "M Y") for month in months]
    chart = trend_chart(
        labels,
        [(row.name, row.per_month) for row in rows[:CHART_SERIES]],
        title=_("Approved reports per month"),
        chart_id="ar-diagnosis",
        max_labels=6,
        description=table_follows(),
        table=True,
        first_column=_("Month"),
    )
    return Diagnosis(months, rows, chart, sum(row.total for row in rows))
