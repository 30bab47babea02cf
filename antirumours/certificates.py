"""Verification codes of course certificates: random, with a keyed check so that a mistyped
or altered code is told apart from an unknown one.

The check is keyed by `CERTIFICATE_SIGNING_KEY` when it is set (a key of their own, so that
rotating `SECRET_KEY` leaves them alone), else by `SECRET_KEY`. Verification accepts the check
under the current key and every fallback (`CERTIFICATE_SIGNING_KEY_FALLBACKS`,
`SECRET_KEY_FALLBACKS`), and a code the city has issued is valid whatever key made it: a
certificate is stored, so a rotated key can never turn it into "altered" (docs/deploy.md).
"""

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
    "signing_keys",
    "verify_code",
]

# No 0/O, 1/I/L: codes are read aloud and typed from paper.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RANDOM_LENGTH, CHECK_LENGTH = 10, 2
VALID, UNKNOWN, TAMPERED = "valid", "unknown", "tampered"


def signing_keys():
    """The key new codes are checked with, first, then every key older codes may use."""
    own = getattr(settings, "CERTIFICATE_SIGNING_KEY", "") or ""
    keys = [own, *getattr(settings, "CERTIFICATE_SIGNING_KEY_FALLBACKS", ())] if own else []
    keys += [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", ())]
    return [key for key in keys if key]


def check_characters(body, key=None):
    """The two check characters of a code's random part, keyed by the certificates' key."""
    key = key if key is not None else signing_keys()[0]
    digest = hmac.new(key.encode(), f"antirumours.certificate:{body}".encode(), sha256).digest()
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
    if not well_formed:
        return Verification(TAMPERED)
    certificate = certificates.filter(code=code).first()
    if certificate is not None:
        return Verification(VALID, certificate)
    if not any(hmac.compare_digest(check, check_characters(body, key)) for key in signing_keys()):
        return Verification(TAMPERED)
    return Verification(UNKNOWN)


def same_name(typed, stored):
    """Whether the name typed by a verifier is the one on the certificate: case, accents'
    composition and runs of spaces do not count."""

    def canonical(text):
        return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())

    return bool(canonical(stored)) and canonical(typed) == canonical(stored)
