"""Event sessions: a group takes the test together and discusses its anonymous aggregate."""

import secrets
from datetime import datetime, time, timedelta

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tools.screens import screen_url

__all__ = [
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "EventSession",
    "EventSessionQuerySet",
    "normalise_code",
]

#: Letters and digits that cannot be mistaken for one another when read from a screen or
#: typed on a phone: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
#: How long a session stays open unless the coordinator says otherwise (hours).
DEFAULT_DURATION_HOURS = 3


def new_code():
    """A random session code such as "K7Q2MX"."""
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


def normalise_code(typed):
    """What a participant typed, as a code: upper case, without spaces or dashes."""
    return "".join(str(typed or "").split()).replace("-", "").upper()[:20]


class EventSessionQuerySet(models.QuerySet):
    def open(self, now=None):
        """Sessions that accept answers now: not closed and not expired."""
        now = now or timezone.now()
        return self.filter(closed_at__isnull=True, expires_at__gt=now)

    def for_city(self, city):
        """Sessions of a city's test (any language version of `city`)."""
        return self.filter(customisation__city__translation_key=city.translation_key)


class EventSession(models.Model):
    """A group session of one city's test, at a public event or a training.

    Participants join with `code` (typed on the join page or read from a QR code); their
    anonymous `Completion` rows point to the session, so the facilitator can show the group's
    aggregate. A session accepts answers until it is closed or `expires_at` passes. The code is
    unique among all sessions, open or closed, so a code names one session for ever and an old
    code gets a clear "closed" message rather than someone else's session.
    """

    customisation = models.ForeignKey(
        "citizenship_test.CitizenshipTest",
        verbose_name=_("test"),
        on_delete=models.CASCADE,
        related_name="event_sessions",
    )
    code = models.CharField(_("code"), max_length=12, unique=True, editable=False)
    title = models.CharField(
        _("name of the event"),
        max_length=200,
        blank=True,
        help_text=_("For you and the participants, for example “Welcome evening, 12 June”."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        help_text=_("The language the QR code and the join link open the test in."),
    )
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)
    expires_at = models.DateTimeField(_("open until"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = EventSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("event session")
        verbose_name_plural = _("event sessions")
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return f"{self.code} {self.title}".strip()

    @classmethod
    def open_for(cls, customisation, language, title="", hours=DEFAULT_DURATION_HOURS, now=None):
        """Open a session of the city's test `customisation` with a fresh code, retrying on the
        rare collision. It closes at midnight on the last day of the month at the latest: its
        answers all fall in one month, as a session's figures need
        (`citizenship_test.published.session_withheld`)."""
        now = now or timezone.now()
        this_month = timezone.localdate(now).replace(day=1)
        next_month = (this_month + timedelta(days=32)).replace(day=1)
        month_end = timezone.make_aware(datetime.combine(next_month, time()))
        for _attempt in range(10):
            try:
                with transaction.atomic():
                    return cls.objects.create(
                        customisation=customisation,
                        code=new_code(),
                        title=title,
                        language=language,
                        opened_at=now,
                        expires_at=min(now + timedelta(hours=hours), month_end),
                    )
            except IntegrityError:
                continue
        raise RuntimeError("No free session code after 10 attempts")

    def is_open(self, now=None):
        """Whether participants can still join and their answers still count here."""
        now = now or timezone.now()
        return self.closed_at is None and self.expires_at > now

    def ended_at(self):
        """When the session stopped accepting answers (closed or expired), or None."""
        if self.closed_at is not None:
            return min(self.closed_at, self.expires_at)
        return self.expires_at if not self.is_open() else None

    def close(self, now=None):
        """Stop accepting answers now (the facilitator's "close" button)."""
        if self.closed_at is None:
            self.closed_at = now or timezone.now()
            self.save(update_fields=["closed_at"])

    def join_path(self, mode="page"):
        """Path of the direct link participants follow (the QR code's target)."""
        return screen_url(
            self.customisation, "session", embed=mode, language=self.language, code=self.code
        )
