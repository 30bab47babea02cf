"""A city's assessment rounds: who answers which area, and the answers themselves.

A round belongs to a city (any language version of its profile page; the framework scopes it
through `InterculturalIndex.city_data`) and is answered on one edition, on that edition's
source rows (`Edition.source()`). Its scores are computed, never stored
(`intercultural_index.scoring.score_round`).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["Answer", "AreaAssignment", "IndexRound", "IndexRoundQuerySet"]


class IndexRoundQuerySet(models.QuerySet):
    def submitted(self):
        return self.filter(status=IndexRound.SUBMITTED)

    def published(self):
        """Submitted rounds the city chose to publish."""
        return self.submitted().filter(published=True)

    def for_city(self, city):
        """Rounds of `city` in any of its language versions."""
        return self.filter(city__translation_key=city.translation_key)


class IndexRound(models.Model):
    """One assessment of a city on one edition of the questionnaire."""

    OPEN = "open"
    SUBMITTED = "submitted"
    STATUS_CHOICES = [(OPEN, _("Open")), (SUBMITTED, _("Submitted"))]

    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        on_delete=models.CASCADE,
        related_name="index_rounds",
    )
    edition = models.ForeignKey(
        "intercultural_index.Edition",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="rounds",
    )
    status = models.CharField(_("status"), max_length=12, choices=STATUS_CHOICES, default=OPEN)
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published = models.BooleanField(_("published"), default=False)
    demo_figures = models.BooleanField(
        _("demo figures"),
        default=False,
        editable=False,
        help_text=_("Made up for the demonstration site: not a real assessment."),
    )

    objects = IndexRoundQuerySet.as_manager()

    class Meta:
        verbose_name = _("Index round")
        verbose_name_plural = _("Index rounds")
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        city = self.city.title if self.city_id else "?"
        return f"{city} – {self.opened_at:%Y}"

    @property
    def is_locked(self):
        return self.status == self.SUBMITTED


class AreaAssignment(models.Model):
    """One area of a round, entrusted to a colleague of another department."""

    INVITED = "invited"
    IN_PROGRESS = "in_progress"
    RETURNED = "returned"
    DONE = "done"
    STATUS_CHOICES = [
        (INVITED, _("Invited")),
        (IN_PROGRESS, _("In progress")),
        (RETURNED, _("Sent back")),
        (DONE, _("Done")),
    ]

    round = models.ForeignKey(
        IndexRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="assignments"
    )
    area = models.ForeignKey(
        "intercultural_index.Area",
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    contributor_name = models.CharField(_("contributor's name"), max_length=120)
    contributor_email = models.EmailField(_("contributor's e-mail"))
    status = models.CharField(_("status"), max_length=12, choices=STATUS_CHOICES, default=INVITED)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("area assignment")
        verbose_name_plural = _("area assignments")
        ordering = ["round", "area__sort_order", "pk"]

    def __str__(self):
        return f"{self.area.name} – {self.contributor_name}"


class Answer(models.Model):
    """The answer to one question in one round, with its evidence and comment."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    CHOICE_VALUES = [(YES, _("Yes")), (PARTLY, _("Partly")), (NO, _("No"))]

    round = models.ForeignKey(
        IndexRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        "intercultural_index.Question",
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    choice = models.CharField(_("answer"), max_length=8, choices=CHOICE_VALUES, blank=True)
    number = models.DecimalField(
        _("number"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    # The positions of the chosen options of a multiple-choice question.
    options = models.JSONField(_("chosen answers"), default=list, blank=True)
    not_applicable = models.BooleanField(_("not applicable"), default=False)
    evidence = models.TextField(_("evidence"), blank=True)
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # One more at each save: a page that saves names the version it started from, so that a
    # save from a stale page never overwrites a newer answer (`rounds.answering.save_area`).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    updated_by_label = models.CharField(_("updated by"), max_length=160, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "question"], name="intercultural_index_one_answer_per_question"
            )
        ]

    def __str__(self):
        return f"{self.round} – {self.question_id}"
