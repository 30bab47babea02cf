"""Reporting periods once closed: kept so that deleting old answers never moves them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["ReportingPeriod"]


class ReportingPeriod(models.Model):
    """A closed reporting period of one series of answers (`tools.disclosure`): whole months
    from `first` to `last`, holding `count` answers when it closed.

    `scope` names the series, for example "citizenship_test:<the city's translation key>".
    Periods are merged from the first month with answers, so without this record deleting old
    answers (the retention purge) would move every later period; with it, a period stays as it
    was published, or is no longer shown once its answers are not all there.
    Holds dates and a count only, nothing about a resident.
    """

    scope = models.CharField(max_length=120)
    first = models.DateField()
    last = models.DateField()
    count = models.PositiveIntegerField()
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["scope", "first"]
        constraints = [
            models.UniqueConstraint(fields=["scope", "first"], name="one_period_per_start")
        ]

    def __str__(self):
        return f"{self.scope} {self.first:%Y-%m}/{self.last:%Y-%m} ({self.count})"
