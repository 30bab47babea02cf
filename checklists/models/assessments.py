"""`Assessment`: a city's own answers to a checklist, kept as a draft, then published."""

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from checklists.models.checklists import Checklist
from checklists.scoring import overall_score, score_sections


class AssessmentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Assessment.Status.PUBLISHED)

    def of(self, city, checklist):
        """Assessments of `city` (any language version) against `checklist` (any language)."""
        return self.filter(
            city__translation_key=city.translation_key,
            checklist__translation_key=checklist.translation_key,
        )


class Assessment(models.Model):
    """A city's assessment against a checklist, filled in by its coordinators.

    `answers` maps a question's block id to ``{"answer": "yes"|"partly"|"no"|"na",
    "evidence": "..."}``. Block ids are shared by every translation of the checklist, so an
    assessment filled in French reads the same in English. A draft can be saved and resumed;
    publishing freezes it and records its overall score for the trend. Published assessments
    are never overwritten: the next one is a new assessment.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        on_delete=models.CASCADE,
        related_name="checklist_assessments",
    )
    checklist = models.ForeignKey(
        Checklist,
        verbose_name=_("checklist"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    assessed_on = models.DateField(
        _("date of the assessment"),
        default=timezone.localdate,
        help_text=_("The date the answers describe; the trend is drawn in this order."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    score = models.FloatField(
        _("overall score"),
        null=True,
        blank=True,
        help_text=_("0-100, recorded when the assessment is published."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("checklist assessment")
        verbose_name_plural = _("checklist assessments")
        ordering = ["-assessed_on", "-pk"]

    def __str__(self):
        # Not the checklist's title: that would cost a query per row in lists.
        return self.title or _("Assessment of %(date)s") % {
            "date": formats.date_format(self.assessed_on, "DATE_FORMAT")
        }

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def save_answers(self, answers, user=None):
        """Replace the draft's answers (a published assessment is frozen)."""
        if self.is_published:
            raise ValueError("A published assessment cannot be changed.")
        self.answers = answers
        if user is not None and self.created_by_id is None:
            self.created_by = user
        self.save()

    def delete_draft(self):
        """Delete the draft; a published assessment is part of the trend and is kept."""
        if self.is_published:
            raise ValueError("A published assessment cannot be deleted.")
        # Only while still a draft in the database: a publish in another tab wins.
        deleted, _counts = Assessment.objects.filter(pk=self.pk, status=self.Status.DRAFT).delete()
        if not deleted:
            raise ValueError("A published assessment cannot be deleted.")

    def _count_notes(self, key):
        return sum(
            1 for value in self.answers.values() if isinstance(value, dict) and value.get(key)
        )

    @property
    def evidence_count(self):
        """How many questions carry an evidence note (shown before a draft is deleted)."""
        return self._count_notes("evidence")

    @property
    def answered_count(self):
        """How many questions have an answer."""
        return self._count_notes("answer")

    def publish(self, sections):
        """Publish the draft and record its overall score against `sections` for the trend."""
        self.score = overall_score(score_sections(sections, self.answers))
        self.status = self.Status.PUBLISHED
        self.published_at = timezone.now()
        self.save()
