"""Test settings: fast hashing, in-memory cache, a file test database for --reuse-db."""

import os
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file (not memory) so that --reuse-db skips the migrations on the next run. Parallel
    # runs (for example two checkouts) choose their own file with ICC_TEST_DB.
    test_db = Path(os.environ.get("ICC_TEST_DB", BASE_DIR / ".test-db" / "test.sqlite3"))
    test_db.parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(test_db)}

MEDIA_ROOT = BASE_DIR / ".test-db" / "media"
