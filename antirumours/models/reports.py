"""What residents send: anonymous rumour reports, and the checker's anonymous counts.

Neither stores an identifier: no account, IP address, user agent, cookie or exact time. A
report keeps its text, the answers to its optional questions, the language of the form and
the month it was sent; a checker answer only adds one to a counter.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from antirumours.choices import ANSWER_CHOICES, CHANNEL_CHOICES, FREQUENCY_CHOICES
from antirumours.models.common import city_field

__all__ = ["REPORT_MAX_LENGTH", "CheckerTally", "RumourReport", "first_of_month"]

#: The longest report a resident may send (characters).
REPORT_MAX_LENGTH = 500


def first_of_month(day=None):
    """The first day of the month of `day` (today by default): the only date stored."""
    day = day or timezone.localdate()
    return day.replace(day=1)


class RumourReport(models.Model):
    """A rumour a resident heard, sent through the anonymous form; waits for moderation.

    Only approved reports are ever shown or counted. The moderator links a report to a known
    rumour of the diagnosis (or creates one), and may shorten the text to remove anything
    that could identify someone.
    """

    PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
    STATUS_CHOICES = [
        (PENDING, _("Waiting for moderation")),
        (APPROVED, _("Approved")),
        (REJECTED, _("Rejected")),
    ]

    city = city_field("rumour_reports")
    text = models.TextField(_("what the resident heard"), max_length=REPORT_MAX_LENGTH)
    channel = models.CharField(
        _("where it was heard"), max_length=32, choices=CHANNEL_CHOICES, blank=True
    )
    frequency = models.CharField(
        _("how often"), max_length=16, choices=FREQUENCY_CHOICES, blank=True
    )
    target = models.CharField(_("group it was about"), max_length=120, blank=True)
    language = models.CharField(_("language of the form"), max_length=8)
    month = models.DateField(_("month"), default=first_of_month, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=STATUS_CHOICES, default=PENDING, db_index=True
    )
    rumour = models.ForeignKey(
        "antirumours.Rumour",
        verbose_name=_("rumour of the diagnosis"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
        help_text=_("Link the report to the rumour it repeats, so that it counts for it."),
    )
    rejection_reason = models.TextField(
        _("reason for rejecting"),
        blank=True,
        max_length=500,
        help_text=_("For the city's team: the resident sent the report anonymously."),
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("rejection_reason"),
        FieldPanel("rumour"),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel("channel"),
                FieldPanel("frequency"),
                FieldPanel("target"),
                FieldPanel("month", read_only=True),
                FieldPanel("language", read_only=True),
            ],
            heading=_("Details"),
        ),
    ]

    class Meta:
        verbose_name = _("rumour report")
        verbose_name_plural = _("rumour reports")
        ordering = ["-month", "-pk"]

    def __str__(self):
        text = " ".join(self.text.split())
        return text if len(text) <= 60 else f"{text[:59]}…"

    def clean(self):
        super().clean()
        if self.status == self.REJECTED and not self.rejection_reason.strip():
            raise ValidationError({"rejection_reason": _("Say why the report is rejected.")})

    @property
    def is_public(self):
        """Whether the diagnosis counts it (a report waiting for moderation shows nowhere)."""
        return self.status == self.APPROVED

    @classmethod
    def purge_expired(cls, before):
        """Delete reports of months that ended before `before` (tools.privacy)."""
        deleted, _details = cls.objects.filter(month__lt=first_of_month(before.date())).delete()
        return deleted


class CheckerTally(models.Model):
    """How many residents gave one answer about one rumour in one month of the checker."""

    city = city_field("rumour_checker_tallies")
    rumour = models.ForeignKey(
        "antirumours.Rumour",
        verbose_name=_("rumour"),
        on_delete=models.CASCADE,
        related_name="checker_tallies",
    )
    month = models.DateField(_("month"))
    answer = models.CharField(_("answer"), max_length=20, choices=ANSWER_CHOICES)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("rumour checker count")
        verbose_name_plural = _("rumour checker counts")
        ordering = ["-month", "rumour", "answer"]
        constraints = [
            models.UniqueConstraint(
                fields=["rumour", "month", "answer"], name="antirumours_one_tally_per_answer"
            )
        ]

    def __str__(self):
        return f"{self.rumour} – {self.get_answer_display()} – {self.month:%Y-%m}: {self.count}"

    @classmethod
    def record(cls, rumour, answer, month=None):
        """Add one to the count of `answer` for `rumour` this month. Safe under concurrency."""
        month = month or first_of_month()
        keys = {"rumour": rumour, "month": month, "answer": answer}
        if cls.objects.filter(**keys).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(city_id=rumour.city_id, count=1, **keys)
        except IntegrityError:
            # Another request created the row in between: count on it.
            cls.objects.filter(**keys).update(count=F("count") + 1)
