"""Replay memory, client keys and certificate codes across a key rotation (issue 12)."""

import hashlib
import hmac
import ipaddress
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from antirumours.models import Certificate
from tests.antirumours.conftest import EMBED, Resident
from tests.security.conftest import REPORT, report_data
from tests.stored import counter_keys, every_stored_string
from tools.models import UsedFormNonce
from tools.privacy import purge_expired_data
from tools.state import longest_form_age
from tools.throttling import client_digest

pytestmark = pytest.mark.django_db

QUIZ = EMBED + "course/quiz/"
VERIFY = EMBED + "verify/"


def pass_quiz(customisation):
    from antirumours.course import quiz_for

    resident = Resident()
    resident.get(QUIZ)
    resident.submit({f"q{i}": str(q.correct_index) for i, q in enumerate(quiz_for(customisation))})
    return resident


# --- Replay memory ------------------------------------------------------------------------


def test_a_certificate_form_cannot_be_replayed_after_the_daily_purge(
    bilbao_customisation, monkeypatch
):
    resident = pass_quiz(bilbao_customisation)
    hidden, url = resident.hidden_fields(), resident.form_action()
    assert resident.submit({"name": ""}, hidden=hidden, url=url).status_code == 200

    # The purge runs a few hours later; the certificate form itself lives 24 hours.
    later = timezone.now() + timedelta(hours=7)
    purge_expired_data(now=later)

    replay = resident.submit({"name": ""}, hidden=hidden, url=url)
    assert replay.status_code == 409
    assert Certificate.objects.count() == 1


def test_used_codes_are_remembered_as_long_as_the_longest_form_lives(bilbao_customisation):
    from antirumours.models import AntiRumourStrategy

    longest = max(AntiRumourStrategy.form_max_ages.values())
    assert longest_form_age() >= longest
    UsedFormNonce.objects.create(nonce="kept", used_at=timezone.now())
    purge_expired_data(now=timezone.now() + timedelta(seconds=longest - 60))
    assert UsedFormNonce.objects.filter(nonce="kept").exists()
    purge_expired_data(now=timezone.now() + timedelta(seconds=longest + 60))
    assert not UsedFormNonce.objects.exists()


# --- Client keys --------------------------------------------------------------------------


def test_a_stored_client_key_cannot_be_turned_back_into_an_address(
    bilbao_customisation, resident, traps_on
):
    address = "198.51.100.23"
    resident.post(REPORT, report_data(resident), REMOTE_ADDR=address)
    keys = counter_keys()
    assert keys, "the post is counted"
    stored = every_stored_string()
    assert not any(address in text for text in stored)

    # The intruder tries every address of the /24 with every value they found as the HMAC key
    # (as the daily salt kept in the cache allowed).
    found = set()
    candidates = [str(ip) for ip in ipaddress.ip_network("198.51.100.0/24")]
    for secret in stored:
        for candidate in candidates:
            digest = hmac.new(secret.encode(), candidate.encode(), hashlib.sha256).hexdigest()
            if any(digest[:32] in key for key in keys):
                found.add(candidate)
    assert not found


def test_the_client_key_depends_on_the_secret_key(rf, settings):
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    first = client_digest(request)
    settings.SECRET_KEY = "another-secret-for-this-test"
    assert client_digest(request) != first


def test_the_privacy_page_says_what_is_kept_where_and_for_how_long(bilbao_customisation, traps_on):
    page = Client().get("/en/tools/privacy/bilbao/").content.decode()
    assert "memory only" not in page
    assert "never stored" in page  # the key of the client codes
    assert "database" in page and "Redis" in page
    assert "Your address itself is not kept" in page
    assert "Deleted after 24 hours." in page or "Deleted after 1 day." in page


def verify_page(code, name):
    return Resident().get(VERIFY, code=code, name=name).content.decode()


# --- Certificates and a new SECRET_KEY ----------------------------------------------------


def test_a_certificate_stays_valid_after_the_secret_key_changes(bilbao_customisation, settings):
    resident = pass_quiz(bilbao_customisation)
    resident.submit({"name": "Ane"})
    code = Certificate.objects.get().display_code

    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "a-brand-new-secret-key-after-rotation"
    settings.SECRET_KEY_FALLBACKS = [old_key]
    assert "This certificate is valid." in verify_page(code, "Ane")

    settings.SECRET_KEY_FALLBACKS = []  # the old key forgotten altogether
    assert "This certificate is valid." in verify_page(code, "Ane")


def test_a_certificate_signing_key_of_their_own_outlives_the_secret_key(
    bilbao_customisation, settings
):
    settings.CERTIFICATE_SIGNING_KEY = "certificates-only-key"
    from antirumours.certificates import TAMPERED, issue_code, verify_code

    code = issue_code()
    settings.SECRET_KEY = "rotated"
    altered = code[:-1] + ("A" if code[-1] != "A" else "B")
    # Unknown (not stored) but well formed: not "altered" after the rotation.
    assert verify_code(code, Certificate.objects.all()).status == "unknown"
    assert verify_code(altered, Certificate.objects.all()).status == TAMPERED
