"""Fixtures for two-factor authentication: an editor who has it on, and what their phone shows."""

import time

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import with_two_factor

LOGIN = "/admin/login/"
VERIFY = "/admin/two-factor/verify/"
STATUS = "/admin/two-factor/"
SET_UP = "/admin/two-factor/turn-on/"
TURN_OFF = "/admin/two-factor/turn-off/"


def app_code(user):
    """The code the user's authenticator app shows now, or at the next time step when this
    one was used already (a code is accepted once)."""
    device = TOTPDevice.objects.get(user=user)
    now_step = int(time.time() - device.t0) // device.step
    ahead = max(0, device.last_t + 1 - now_step)
    code = totp(device.bin_key, device.step, device.t0, device.digits, ahead)
    return f"{code:0{device.digits}d}"


def wrong_code(user):
    """Six digits that are not the code the app shows."""
    right = app_code(user)
    return right[:-1] + str((int(right[-1]) + 5) % 10)


def sign_in(client, username="editor", password="pw", next_url=None):
    """The password step of the admin's sign-in form."""
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(LOGIN, data)


@pytest.fixture
def editor_with_app(editor):
    """The editor, with two-factor authentication on; `recovery_codes` as shown to them."""
    return with_two_factor(editor)
