"""Form nonces already used: how a replayed submission of a cookieless form is recognised."""

from datetime import timedelta

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UsedFormNonce(models.Model):
    """A nonce from a signed form state that has been accepted once and must not be again.

    Rows older than the longest state lifetime are useless (the signature has expired by then)
    and are purged by `purge_older_than()`.
    """

    nonce = models.CharField(_("nonce"), max_length=64, unique=True)
    used_at = models.DateTimeField(_("used at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("used form nonce")
        verbose_name_plural = _("used form nonces")

    def __str__(self):
        return self.nonce

    @classmethod
    def consume(cls, nonce):
        """Record `nonce` as used. Returns False when it was used before (a replay)."""
        try:
            with transaction.atomic():
                cls.objects.create(nonce=nonce)
        except IntegrityError:
            return False
        return True

    @classmethod
    def purge_expired(cls, before):
        """Delete nonces used before `before` (tools.privacy). Returns the number deleted."""
        deleted, _details = cls.objects.filter(used_at__lt=before).delete()
        return deleted

    @classmethod
    def purge_older_than(cls, seconds):
        """Delete nonces whose signed state has expired anyway. Returns the number deleted."""
        cutoff = timezone.now() - timedelta(seconds=seconds)
        deleted, _details = cls.objects.filter(used_at__lt=cutoff).delete()
        return deleted


class RateCounter(models.Model):
    """One client's count of public form posts in one window (tools.throttling).

    `key` names the scope, the client's keyed hash and the window; it says nothing about the
    client without the site's secret key. Rows live one window and are deleted as new ones are
    written (`tools.counters`) and by `manage.py purge_expired_data`.
    """

    key = models.CharField(_("key"), max_length=150, unique=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")

    def __str__(self):
        return self.key

    @classmethod
    def purge_expired(cls, now):
        """Delete the counters of windows that have ended by `now`. Returns the number."""
        deleted, _details = cls.objects.filter(expires_at__lt=now).delete()
        return deleted
