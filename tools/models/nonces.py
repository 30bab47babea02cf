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
