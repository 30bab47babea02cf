"""What a round keeps besides its answers: the invitation links to its areas and the texts
that a refused save left behind (`intercultural_index.rounds`)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["Invitation", "PendingNote", "new_link_key"]


def new_link_key():
    """The random part of a link: a link made for a row that was deleted never opens the row
    that later takes its id."""
    return secrets.token_urlsafe(12)


class Invitation(models.Model):
    """One invitation link to one area of one round. Issuing a new link withdraws the older
    ones of the same area; the coordinator can withdraw a link at any time."""

    assignment = models.ForeignKey(
        "intercultural_index.AreaAssignment",
        related_name="invitations",
        on_delete=models.CASCADE,
    )
    key = models.CharField(max_length=32, unique=True, default=new_link_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation link")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.assignment} ({self.expires_at:%Y-%m-%d})"

    def is_valid(self, now=None):
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now

    @property
    def state(self):
        """ "valid", "expired" or "revoked"."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "valid"


class PendingNote(models.Model):
    """What a contributor sent that could not be saved (an expired or withdrawn link, a locked
    round, an area handed in, too many saves): kept as plain text for the coordinator."""

    class Reason(models.TextChoices):
        EXPIRED = "expired", _("the link had expired")
        REVOKED = "revoked", _("the link had been withdrawn")
        LOCKED = "locked", _("the round was already submitted")
        HANDED_IN = "handed_in", _("the area was already handed in")
        TOO_MANY = "too_many", _("too many saves in a minute")

    assignment = models.ForeignKey(
        "intercultural_index.AreaAssignment",
        related_name="pending_notes",
        on_delete=models.CASCADE,
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    text = models.TextField()
    # The refused form's fields of the questions it would have changed ({field: [values]}), so
    # that the coordinator can put them in the round (`answering.adopt_note`).
    data = models.JSONField(default=dict, blank=True)
    # The page it was typed on (a random key the page sends with every save): a page that
    # saves as the person types sends its whole content each time, so its latest text
    # replaces its earlier one instead of adding a note per pause.
    page_key = models.CharField(max_length=32, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    adopted_at = models.DateTimeField(null=True, blank=True)
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("text kept from a refused save")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.assignment} ({self.created_at:%Y-%m-%d %H:%M})"
