"""Invitation links: signed, expiring, revocable; and the refusals a contributor can meet.

A link carries `{"i": invitation id, "k": its random key}`, signed with Django's signing under
a salt of its own (a token of another form or tool is worthless here). The signature is
readable, not secret: it names no person and no text. A link opens its one area only while
the invitation is neither withdrawn nor expired (`Invitation.expires_at`, and never more than
`MAX_DAYS` after it was signed).

Every refusal is a `LinkRefused` with a status and a message that tells the contributor what
to do. A refusal of a link whose signature is good knows its invitation (`refusal.invitation`),
so that what was typed can be kept for the coordinator (`answering.keep_refused_text`).
"""

import time
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from intercultural_index.models import Invitation
from tools.counters import counters

__all__ = [
    "DURATIONS",
    "MAX_DAYS",
    "AreaHandedIn",
    "ExpiredLink",
    "LinkRefused",
    "RevokedLink",
    "RoundLocked",
    "TooManySaves",
    "UnknownLink",
    "check_save_rate",
    "invitation_for",
    "issue_invitation",
    "link_path",
    "link_token",
    "revoke_invitations",
]

SALT = "intercultural_index.rounds.invitation"
#: The lives a coordinator may give a link (days), and the longest.
DURATIONS = (7, 14, 30, 60, 90)
MAX_DAYS = max(DURATIONS)
#: Saves one link may make in a minute (`INDEX_SAVES_PER_MINUTE`): enough for a person whose
#: page saves as they go, not for a flood.
DEFAULT_SAVES_PER_MINUTE = 60


class LinkRefused(Exception):
    """A contributor's request that must not read or change anything."""

    status = 400
    message = _(
        "This link is not valid. Check that you copied all of it, or ask the coordinator of "
        "the Index for a new link."
    )
    #: The reason kept with the text of a refused save (`PendingNote.Reason`).
    reason = ""

    def __init__(self, invitation=None):
        self.invitation = invitation
        super().__init__(str(self.message))


class UnknownLink(LinkRefused):
    status = 404
    message = _(
        "This link is not valid. Check that you copied all of it, or ask the coordinator of "
        "the Index for a new link."
    )


class ExpiredLink(LinkRefused):
    status = 410
    reason = "expired"
    message = _(
        "This link has expired. Please ask the coordinator of the Index in your city for a new "
        "link: your saved answers are kept."
    )


class RevokedLink(LinkRefused):
    status = 410
    reason = "revoked"
    message = _(
        "This link was withdrawn by the coordinator. Please ask them for a new link: your saved "
        "answers are kept."
    )


class RoundLocked(LinkRefused):
    status = 409
    reason = "locked"
    message = _(
        "This round has been submitted by the coordinator, so its answers can no longer be changed."
    )


class AreaHandedIn(LinkRefused):
    status = 409
    reason = "handed_in"
    message = _(
        "You handed this area in, so it can no longer be changed here. If something must "
        "change, ask the coordinator to send it back to you."
    )


class TooManySaves(LinkRefused):
    status = 429
    reason = "too_many"
    message = _(
        "This page was saved too many times in a minute. Wait a minute, then save again: what "
        "you typed is still here."
    )

    def __init__(self, invitation=None, retry_after=60):
        self.retry_after = retry_after
        super().__init__(invitation)


def link_token(invitation):
    """The signed token of `invitation`'s link."""
    return signing.dumps({"i": invitation.pk, "k": invitation.key}, salt=SALT)


def link_path(invitation, language=None):
    """The path of `invitation`'s link (in the current language, or `language`)."""
    with translation.override(language or translation.get_language()):
        return reverse("intercultural_index_contribute", args=[link_token(invitation)])


def _payload(token):
    """(payload, too_old) of a token whose signature is good; UnknownLink otherwise."""
    try:
        return signing.loads(token, salt=SALT, max_age=timedelta(days=MAX_DAYS)), False
    except signing.SignatureExpired:
        return signing.loads(token, salt=SALT), True
    except signing.BadSignature:
        raise UnknownLink from None


def invitation_for(token, for_writing=False):
    """The valid `Invitation` of a link's token, with its assignment, round and area.

    Raises `UnknownLink` (forged, damaged or deleted), `ExpiredLink` or `RevokedLink`; with
    `for_writing`, also `RoundLocked` (the round is submitted) and `AreaHandedIn`.
    """
    if not token or len(token) > 300:
        raise UnknownLink
    payload, too_old = _payload(token)
    if not isinstance(payload, dict) or not isinstance(payload.get("i"), int):
        raise UnknownLink
    invitation = (
        Invitation.objects.select_related(
            "assignment__round__city",
            "assignment__round__edition",
            "assignment__area",
        )
        .filter(pk=payload["i"], key=str(payload.get("k", "")))
        .first()
    )
    if invitation is None:
        raise UnknownLink
    if invitation.revoked_at is not None:
        raise RevokedLink(invitation)
    if too_old or invitation.expires_at <= timezone.now():
        raise ExpiredLink(invitation)
    if for_writing:
        assignment = invitation.assignment
        if assignment.round.is_locked:
            raise RoundLocked(invitation)
        if assignment.status == assignment.DONE:
            raise AreaHandedIn(invitation)
    return invitation


def saves_per_minute():
    return getattr(settings, "INDEX_SAVES_PER_MINUTE", DEFAULT_SAVES_PER_MINUTE)


def check_save_rate(invitation):
    """Count a save of this link; `TooManySaves` beyond the limit (per link, per minute, in
    `tools.counters`, which a flood cannot evict)."""
    limit = saves_per_minute()
    if not limit:
        return
    now = time.time()
    window_start = int(now // 60) * 60
    hits = counters().hit(f"index-save:{invitation.pk}:{window_start}", 60)
    if hits > limit:
        raise TooManySaves(invitation, retry_after=max(1, int(window_start + 60 - now)))


def revoke_invitations(assignment, now=None):
    """Withdraw every link of `assignment` still open."""
    return assignment.invitations.filter(revoked_at=None).update(revoked_at=now or timezone.now())


def issue_invitation(assignment, days, user=None):
    """A new link to `assignment`'s area, valid `days` days; older links are withdrawn."""
    days = min(int(days), MAX_DAYS)
    now = timezone.now()
    with transaction.atomic():
        revoke_invitations(assignment, now)
        return Invitation.objects.create(
            assignment=assignment,
            created_by=user if user is not None and user.is_authenticated else None,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
