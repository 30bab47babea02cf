"""Test settings: fast hashing, in-memory cache, a file test database for --reuse-db."""

import hashlib
import os
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if REDIS_URL:  # noqa: F405 - `make test-redis` (.ci/with-redis.sh): the cache in Redis too
    # Each pytest-xdist worker on a Redis database of its own (1, 2, ...): a test that empties
    # the cache (FLUSHDB) or the counters must not empty another worker's.
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if _worker.startswith("gw") and _worker[2:].isdigit():
        REDIS_URL = f"{REDIS_URL.rsplit('/', 1)[0]}/{int(_worker[2:]) + 1}"  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "icc_site.cache.RedisCache",
            "LOCATION": REDIS_URL,  # noqa: F405
            "KEY_PREFIX": f"icc-test-{os.getpid()}",
        }
    }
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"


def _migrations_fingerprint():
    """A short hash of every migration file of the project's apps.

    The reused test database is named after it, so a new or edited migration gets a fresh
    database instead of a stale schema.
    """
    digest = hashlib.sha1()
    for path in sorted(BASE_DIR.glob("*/migrations/*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file (not memory) so that --reuse-db skips the migrations on the next run. Parallel
    # runs (for example two checkouts) choose their own file with ICC_TEST_DB.
    default_name = BASE_DIR / ".test-db" / f"test-{_migrations_fingerprint()}.sqlite3"
    test_db = Path(os.environ.get("ICC_TEST_DB", default_name))
    test_db.parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(test_db)}

MEDIA_ROOT = BASE_DIR / ".test-db" / "media"

# --- Abuse, privacy and limits (issue 7, part B) ---------------------------------------------
# The tools' tests send forms at once and many times a minute from one client; the tests of
# these traps (tests/security/) turn them back on.
TOOLS_MIN_FILL_SECONDS = 0
TOOLS_RATE_LIMIT = None
TOOLS_SHARE_RATE_LIMIT = None
# The tests of the upload limits (tests/security/test_uploads.py) set their own.
TOOLS_UPLOADS_MIN_FREE_BYTES = 0
# Client.login() authenticates without a request, which django-axes refuses; its own tests
# (tests/security/test_admin_login.py) turn it on.
AXES_ENABLED = False
