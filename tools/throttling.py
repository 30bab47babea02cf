"""Per-client rate limiting of the tools' public forms, without storing any IP address.

A client is known only by a keyed hash of its address: HMAC-SHA256 with a random salt that is
made once a day and kept in the cache only (never in the database or a log), so yesterday's
counters cannot be linked to today's, and no hash can be turned back into an address once the
salt has expired. The counters themselves are cache entries that live one window.

Settings:

- `TOOLS_RATE_LIMIT`: "120/m" (posts per second, minute, hour or day, "s", "m", "h", "d");
  empty or None turns the limit off.
- `TOOLS_CLIENT_IP_META`: the request.META key holding the client's address, "REMOTE_ADDR" by
  default; behind a reverse proxy that sets it, for example "HTTP_X_REAL_IP". With a
  comma-separated header (X-Forwarded-For) the last address, the one the proxy saw, counts.

The counters are as shared as the cache is: in production, the worker processes of one server
share the cache folder (`icc_site.cache.FolderCache`, whose `incr()` locks the entry), and
Redis (`REDIS_URL`) shares them between servers too. With a per-process cache (LocMemCache)
each process would count on its own.
"""

import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "client_address",
    "client_digest",
    "parse_rate",
    "record_hit",
]

DEFAULT_RATE_LIMIT = "120/m"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
#: Set on a request once counted, so that a view checking twice counts it once.
_COUNTED = "_tools_rate_counted"


def parse_rate(rate):
    """(posts, seconds) from "120/m", or None when the limit is off."""
    if not rate:
        return None
    count, _slash, unit = str(rate).partition("/")
    return int(count), _UNITS[unit.strip().lower()[:1] or "m"]


def _daily_salt():
    """Today's random salt, made on first use and kept in the cache for two days at most."""
    key = f"tools-rate-salt:{timezone.now().date().isoformat()}"
    return cache.get_or_set(key, lambda: secrets.token_hex(16), timeout=2 * 86400)


def client_address(request):
    """The client's address as the server sees it (see `TOOLS_CLIENT_IP_META`)."""
    meta_key = getattr(settings, "TOOLS_CLIENT_IP_META", "REMOTE_ADDR") or "REMOTE_ADDR"
    value = request.META.get(meta_key) or request.META.get("REMOTE_ADDR") or ""
    return value.split(",")[-1].strip()


def client_digest(request):
    """A keyed hash of the client's address under today's salt: the only name a client has."""
    salt = _daily_salt().encode()
    return hmac.new(salt, client_address(request).encode(), hashlib.sha256).hexdigest()[:32]


def record_hit(request, scope="tools-post"):
    """Count this request for its client. Returns the seconds to wait when over the limit,
    else 0. A request is counted once, however many times it is checked."""
    rate = parse_rate(getattr(settings, "TOOLS_RATE_LIMIT", DEFAULT_RATE_LIMIT))
    if rate is None or getattr(request, _COUNTED, False):
        return 0
    setattr(request, _COUNTED, True)
    limit, window = rate
    now = time.time()
    window_start = int(now // window) * window
    key = f"tools-rate:{scope}:{client_digest(request)}:{window_start}"
    cache.add(key, 0, timeout=window + 5)
    try:
        hits = cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        cache.set(key, 1, timeout=window + 5)
        hits = 1
    if hits > limit:
        return max(1, int(window_start + window - now))
    return 0
