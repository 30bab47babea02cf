"""Two-factor authentication for the Wagtail admin, on django-otp's devices.

A user has it on when they own a confirmed `TOTPDevice` (an authenticator app); their
recovery codes are the tokens of one `StaticDevice`, each usable once. Both devices throttle
wrong codes themselves (django-otp: a wait of 1, 2, 4, 8... seconds after each failure).
"""

import math
from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime
from fnmatch import fnmatchcase

import segno
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.safestring import mark_safe
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

__all__ = [
    "CODE_STEP_SESSION_KEY",
    "CodeCheck",
    "check_code",
    "check_setup_code",
    "confirm_device",
    "has_two_factor",
    "pending_device",
    "qr_code_svg",
    "readable_secret",
    "remaining_recovery_codes",
    "required_for",
    "turn_off",
]

#: Set in the session at sign-in when the user owns a confirmed app: this session must give a
#: code. Deciding at sign-in spares a query on every admin request of users without an app.
CODE_STEP_SESSION_KEY = "accounts_code_step"
#: How many recovery codes a user gets; each works once.
RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of checking a code: the device that accepted it, or why none did."""

    device: object = None
    #: Set when the device refused to check at all because of earlier wrong codes.
    retry_at: datetime | None = None

    @property
    def accepted(self):
        return self.device is not None

    @property
    def wait_seconds(self):
        if self.retry_at is None:
            return 0
        return max(1, math.ceil((self.retry_at - timezone.now()).total_seconds()))


def has_two_factor(user):
    """Whether the user must give a code after their password (a confirmed app)."""
    if not user.is_authenticated:
        return False
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def required_for(user):
    """Whether the site obliges this user to turn two-factor authentication on: superusers
    when `WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS` is on, and members of a group whose name
    matches one of `WAGTAIL_2FA_REQUIRED_GROUPS` (shell-style patterns, such as
    "Coordinators: *" for the coordinators of every city). One query, once per request."""
    if getattr(settings, "WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS", False) and user.is_superuser:
        return True
    patterns = getattr(settings, "WAGTAIL_2FA_REQUIRED_GROUPS", None) or ()
    if not patterns or not user.is_authenticated:
        return False
    cached = getattr(user, "_two_factor_required_by_group", None)
    if cached is None:
        names = user.groups.values_list("name", flat=True)
        cached = any(fnmatchcase(name, pattern) for name in names for pattern in patterns)
        user._two_factor_required_by_group = cached
    return cached


def pending_device(user):
    """The authenticator app being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def readable_secret(device):
    """The app's secret in base32, in groups of four, for typing it in by hand."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device, title):
    """The app's set-up address as an inline SVG QR code (segno escapes the title)."""
    qr = segno.make(device.config_url, error="m")
    # segno writes the markup itself and escapes the title, the only text in it.
    return mark_safe(
        qr.svg_inline(
            scale=4,
            title=title,
            omitsize=True,
            svgclass="accounts-qr-code",
            dark="#000",
            light="#fff",
        )
    )


def _verify(device, code):
    allowed, details = device.verify_is_allowed()
    if not allowed:
        return CodeCheck(retry_at=(details or {}).get("locked_until"))
    if device.verify_token(code):
        return CodeCheck(device=device)
    return CodeCheck()


def _normalise(code):
    return "".join(code.split()).replace("-", "").lower()


def check_setup_code(device, code):
    """Check the first code of an app being set up (it is not confirmed yet)."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        return _verify(device, _normalise(code))


def check_code(user, code):
    """Check a code from the user's app (six digits) or one of their recovery codes.

    A recovery code that matches is used up.
    """
    code = _normalise(code)
    model = TOTPDevice if (len(code) == 6 and code.isdigit()) else StaticDevice
    result = CodeCheck()
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user=user, confirmed=True):
            result = _verify(device, code)
            if result.accepted:
                return result
    return result


def confirm_device(device):
    """Turn two-factor authentication on with this app; return new recovery codes."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        StaticDevice.objects.filter(user=device.user).delete()
        recovery = StaticDevice.objects.create(user=device.user, name=RECOVERY_DEVICE_NAME)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=recovery, token=c) for c in codes)
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def turn_off(user):
    """Remove the user's app and recovery codes: the password alone signs them in again."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
