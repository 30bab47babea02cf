"""Anonymous totals of the self-check: how many were completed, and the average score."""

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from checklists.scoring import rounded


class SelfCheckTally(models.Model):
    """One row per customisation and month: a count and a sum of scores, never an answer.

    The self-check is anonymous: no answer, identifier, address or time of day is stored, only
    that one more self-check was completed this month and its overall score (for an average).
    """

    customisation = models.ForeignKey(
        "tools.CityTool",
        verbose_name=_("tool"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    completions = models.PositiveIntegerField(_("completed self-checks"), default=0)
    scored = models.PositiveIntegerField(
        _("scored self-checks"),
        default=0,
        help_text=_("Completions with a score (not every answer was “not applicable”)."),
    )
    score_sum = models.FloatField(_("sum of overall scores"), default=0)

    class Meta:
        verbose_name = _("self-check tally")
        verbose_name_plural = _("self-check tallies")
        ordering = ["-month"]
        constraints = [
            models.UniqueConstraint(
                fields=["customisation", "month"], name="checklists_one_tally_a_month"
            )
        ]

    def __str__(self):
        return f"{self.customisation_id} {self.month:%Y-%m}: {self.completions}"

    @property
    def average_score(self):
        """The average overall score (0-100) of this month's scored self-checks, or None."""
        return rounded(self.score_sum / self.scored) if self.scored else None

    @classmethod
    def record(cls, customisation, score, today=None):
        """Count one completed self-check of `customisation` with overall `score` (0-100 or
        None)."""
        month = (today or timezone.localdate()).replace(day=1)
        scored = 0 if score is None else 1
        # One statement that adds the month's row or increments it in the database (SQLite
        # and PostgreSQL both know this upsert): two residents finishing at once both count,
        # and the resident's last page costs one query, with no savepoint.
        quote = connection.ops.quote_name
        table = quote(cls._meta.db_table)
        month_value = cls._meta.get_field("month").get_db_prep_value(month, connection)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (customisation_id, month, completions, scored, score_sum) "
                "VALUES (%s, %s, 1, %s, %s) ON CONFLICT (customisation_id, month) DO UPDATE SET "
                f"completions = {table}.completions + 1, "
                f"scored = {table}.scored + excluded.scored, "
                f"score_sum = {table}.score_sum + excluded.score_sum",
                [customisation.pk, month_value, scored, float(score or 0)],
            )
