"""Who asked for the daily e-mail digest of what waits for moderation (`tools.digest`)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModerationDigest(models.Model):
    """One admin user's opt-in to the digest; deleting the row is opting out."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="moderation_digest",
        on_delete=models.CASCADE,
    )
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("moderation digest")
        verbose_name_plural = _("moderation digests")

    def __str__(self):
        return str(self.user)
