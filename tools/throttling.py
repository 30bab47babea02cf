"""Per-client rate limiting of the tools' public forms, without storing any IP address.

A client is known only by a keyed hash of its address: HMAC-SHA256 under a key derived from the
site's `SECRET_KEY` and today's date (Django's `salted_hmac`). The key is computed when needed
and never stored: someone who reads the database, the cache folder or Redis alone holds codes
they cannot turn back into addresses (trying every IPv4 address needs the key), and a code of
yesterday cannot be linked to today's.

The counters live in `tools.counters` (a database table, or Redis with `REDIS_URL`), not in a
cache that a flood could evict, and are counted atomically, so N workers posting at once at a
window's edge let exactly the limit through.

Settings:

- `TOOLS_RATE_LIMIT`: "120/m" (posts per second, minute, hour or day, "s", "m", "h", "d");
  empty or None turns the limit off.
- `TOOLS_CLIENT_IP_META`: the request.META key holding the client's address, "REMOTE_ADDR" by
  default; behind a reverse proxy that sets it, for example "HTTP_X_REAL_IP". With a
  comma-separated header (X-Forwarded-For) the last address, the one the proxy saw, counts.
"""

import logging
import time

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone
from django.utils.crypto import salted_hmac
from redis.exceptions import RedisError

from tools.counters import counters

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "client_address",
    "client_digest",
    "parse_rate",
    "record_hit",
]

logger = logging.getLogger(__name__)

DEFAULT_RATE_LIMIT = "120/m"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
#: Set on a request once counted ({scope: the seconds to wait, or 0}), so that a view checking
#: twice counts it once and gets the same answer.
_COUNTED = "_tools_rate_wait"


def parse_rate(rate):
    """(posts, seconds) from "120/m", or None when the limit is off."""
    if not rate:
        return None
    count, _slash, unit = str(rate).partition("/")
    return int(count), _UNITS[unit.strip().lower()[:1] or "m"]


def client_address(request):
    """The client's address as the server sees it (see `TOOLS_CLIENT_IP_META`)."""
    meta_key = getattr(settings, "TOOLS_CLIENT_IP_META", "REMOTE_ADDR") or "REMOTE_ADDR"
    value = request.META.get(meta_key) or request.META.get("REMOTE_ADDR") or ""
    return value.split(",")[-1].strip()


def client_digest(request):
    """A keyed hash of the client's address under today's key: the only name a client has.

    The key is derived from SECRET_KEY and the date each time (never stored anywhere)."""
    day = timezone.now().date().isoformat()
    digest = salted_hmac(
        f"tools.client-key:{day}", client_address(request), algorithm="sha256"
    ).hexdigest()
    return digest[:32]


def record_hit(request, scope="tools-post", rate=None):
    """Count this request for its client. Returns the seconds to wait when over the limit,
    else 0. A request is counted once per `scope`, however many times it is checked.

    `rate` ("10/h") is the scope's own limit; by default `TOOLS_RATE_LIMIT`."""
    if rate is None:
        rate = getattr(settings, "TOOLS_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    rate = parse_rate(rate)
    if rate is None:
        return 0
    counted = request.__dict__.setdefault(_COUNTED, {})
    if scope in counted:
        return counted[scope]
    counted[scope] = 0
    limit, window = rate
    now = time.time()
    window_start = int(now // window) * window
    key = f"{scope}:{client_digest(request)}:{window_start}"
    try:
        hits = counters().hit(key, window)
    except (DatabaseError, RedisError):
        # A locked database or an unreachable Redis must not turn every form into an error:
        # the post goes through uncounted, and the log says so.
        logger.warning("Rate counter unavailable; post not counted", exc_info=True)
        return 0
    if hits > limit:
        counted[scope] = max(1, int(window_start + window - now))
    return counted[scope]
