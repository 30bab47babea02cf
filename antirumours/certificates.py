"""Verification codes of course certificates: random, with a keyed check so that a mistyped
or altered code is told apart from an unknown one without a database lookup."""

import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from hashlib import sha256

from django.conf import settings

__all__ = [
    "ALPHABET",
    "VALID",
    "UNKNOWN",
    "TAMPERED",
    "Verification",
    "check_characters",
    "issue_code",
    "normalise_code",
    "same_name",
    "verify_code",
]

# No 0/O, 1/I/L: codes are read aloud and typed from paper.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RANDOM_LENGTH, CHECK_LENGTH = 10, 2
VALID, UNKNOWN, TAMPERED = "valid", "unknown", "tampered"


def check_characters(body):
    """The two check characters of a code's random part, keyed by the site's secret."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"antirumours.certificate:{body}".encode(), sha256
    ).digest()
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:CHECK_LENGTH])


def issue_code():
    """A new code: ten random characters and two check characters."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + check_characters(body)


def normalise_code(text):
    """Upper case, without spaces and dashes, as stored."""
    return "".join(ch for ch in (text or "").upper() if ch not in " -")


@dataclass(frozen=True)
class Verification:
    status: str  # VALID, UNKNOWN or TAMPERED
    certificate: object = None


def verify_code(text, certificates):
    """Check a typed code against `certificates` (a queryset of one city's certificates)."""
    code = normalise_code(text)
    body, check = code[:RANDOM_LENGTH], code[RANDOM_LENGTH:]
    well_formed = len(code) == RANDOM_LENGTH + CHECK_LENGTH and all(ch in ALPHABET for ch in code)
    if not well_formed or not hmac.compare_digest(check, check_characters(body)):
        return Verification(TAMPERED)
    certificate = certificates.filter(code=code).first()
    if certificate is None:
        return Verification(UNKNOWN)
    return Verification(VALID, certificate)


def same_name(typed, stored):
    """Whether the name typed by a verifier is the one on the certificate: case, accents'
    composition and runs of spaces do not count."""

    def canonical(text):
        return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())

    return bool(canonical(stored)) and canonical(typed) == canonical(stored)
