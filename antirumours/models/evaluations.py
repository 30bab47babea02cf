"""`Evaluation`: one year's self-assessment of a city's strategy against the method."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from antirumours.evaluation.scoring import score_answers
from antirumours.models.common import city_field

__all__ = ["Evaluation"]


class Evaluation(models.Model):
    """The level reached on each criterion of the evaluation guide, with the evidence for it.

    `answers` maps criterion codes (`antirumours.evaluation.criteria`) to a level (0 to 3),
    `evidence` maps them to the coordinator's note. Scores are computed, never stored, so a
    change of the guide's thresholds applies to past years too.
    """

    city = city_field("anti_rumour_evaluations")
    year = models.PositiveSmallIntegerField(_("year"))
    answers = models.JSONField(_("levels"), default=dict, blank=True)
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    completed = models.BooleanField(
        _("completed"),
        default=False,
        help_text=_("Only completed evaluations count for the trend and the recognition."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("anti-rumour evaluation")
        verbose_name_plural = _("anti-rumour evaluations")
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["city", "year"], name="antirumours_one_evaluation_a_year"
            )
        ]

    def __str__(self):
        return f"{self.city.title} {self.year}"

    def scores(self):
        """The score of each element (see `antirumours.evaluation.scoring`)."""
        return score_answers(self.answers)
