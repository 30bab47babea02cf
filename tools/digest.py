"""The daily e-mail digest of what waits for moderation, for the admin users who ask for it.

Each user opts in on their account settings (`DigestSettingsPanel`, a `ModerationDigest` row);
`manage.py send_moderation_digests`, run once a day by cron or a timer, sends each of them one
e-mail listing what waits in the moderation queues of their cities (`tools.dashboard`, through
`tools.scoping.visible_to`: never another city's), and nothing when nothing waits.
"""

from urllib.parse import urljoin

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.users.models import UserProfile

from tools.dashboard import awaiting_counts
from tools.models import ModerationDigest
from tools.permissions import cities_for_user

__all__ = ["DigestForm", "DigestSettingsPanel", "digest_message", "send_digests"]


def digest_message(user):
    """(subject, text) of `user`'s digest, or None when nothing waits in their cities."""
    rows = awaiting_counts(user)
    if not rows:
        return None
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    context = {
        "rows": [(label, count, urljoin(base, url) if url else "") for label, count, url in rows],
        "dashboard_url": urljoin(base, "/admin/"),
        "account_url": urljoin(base, "/admin/account/"),
    }
    subject = str(_("What waits for moderation in your cities"))
    return subject, render_to_string("tools/admin/digest.txt", context)


def _language_of(user):
    return UserProfile.get_for_user(user).get_preferred_language()


def send_digests(now=None):
    """Send each opted-in user their digest; the number of e-mails sent."""
    now = now or timezone.now()
    sent = 0
    subscriptions = ModerationDigest.objects.select_related("user").filter(user__is_active=True)
    for subscription in subscriptions:
        user = subscription.user
        if not user.email:
            continue
        with translation.override(_language_of(user)):
            message = digest_message(user)
        if message is None:
            continue
        send_mail(message[0], message[1], None, [user.email])
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
        sent += 1
    return sent


class DigestForm(forms.Form):
    """The opt-in checkbox; Wagtail's account view calls it with the user as `instance`."""

    send_digest = forms.BooleanField(
        label=_("E-mail me once a day what waits for moderation in my cities"),
        required=False,
    )

    def __init__(self, *args, instance=None, **kwargs):
        self.user = instance
        kwargs.setdefault(
            "initial",
            {"send_digest": ModerationDigest.objects.filter(user=instance).exists()},
        )
        super().__init__(*args, **kwargs)

    def save(self):
        if self.cleaned_data["send_digest"]:
            ModerationDigest.objects.get_or_create(user=self.user)
        else:
            ModerationDigest.objects.filter(user=self.user).delete()


class DigestSettingsPanel(BaseSettingsPanel):
    """On the account's notifications tab, for whoever manages at least one city."""

    name = "moderation_digest"
    title = _("Moderation digest")
    tab = notifications_tab
    order = 200
    form_class = DigestForm

    def is_active(self):
        return cities_for_user(self.user).exists()
