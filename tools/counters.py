"""Counters and one-time codes of the public forms, where a flood cannot evict them.

Two things must survive whatever a client sends: the per-client rate-limit counters
(`tools.throttling`) and the one-time codes of forms already accepted (`tools.state`). A cache
would not do: a cache evicts entries when it is full, and anyone can fill it (with unique URLs,
say), so both used to live there and could be pushed out. They live here instead:

- without `REDIS_URL`, in two small database tables on the embedded default
  (`tools.RateCounter`, `tools.UsedFormNonce`), whose expired rows are deleted now and then
  as they are written, and by `manage.py purge_expired_data`;
- with `REDIS_URL`, in Redis, whose keys expire on their own (`INCR` + `EXPIRE`, `SET NX EX`).
  Redis must then be configured not to evict these keys (`maxmemory-policy noeviction` or
  `volatile-*` with enough memory; see docs/deploy.md).

Both count atomically, in one statement a hit: the database (SQLite or PostgreSQL) with one
`INSERT ... ON CONFLICT (key) DO UPDATE SET count = count + 1 RETURNING count`, Redis with
`INCR`; so two workers posting at the window's edge can never both see the same count.
"""

import logging
import time
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.db import IntegrityError, connections, router, transaction
from django.db.models import F
from django.utils import timezone

from tools.models import RateCounter, UsedFormNonce

__all__ = [
    "DatabaseCounters",
    "RedisCounters",
    "counters",
    "reset_counters_backend",
]

logger = logging.getLogger(__name__)

#: Expired rows are deleted at most this often (seconds) by each process that writes.
CLEAN_EVERY = 60


class DatabaseCounters:
    """Counters and used codes in the database (the default)."""

    name = "database"

    def __init__(self):
        self._next_clean = 0.0

    def hit(self, key, window):
        """Add one to `key`'s counter, which lives `window` seconds; return the new count."""
        now = timezone.now()
        self._clean(now)
        expires_at = now + timedelta(seconds=window)
        connection = connections[router.db_for_write(RateCounter)]
        if _upserts(connection):
            # One statement: the database inserts the row or adds one to it under the row's
            # lock, and says the count it stored (a unique key; no savepoint, no second read).
            with connection.cursor() as cursor:
                cursor.execute(
                    _upsert_sql(connection),
                    [key, connection.ops.adapt_datetimefield_value(expires_at)],
                )
                return cursor.fetchone()[0]
        # Another database: three statements in a transaction, which count as safely.
        with transaction.atomic(using=connection.alias):
            # Insert the row if missing (a unique key: a second insert is ignored), then add one
            # under the row's lock: concurrent hits are counted one by one.
            RateCounter.objects.bulk_create(
                [RateCounter(key=key, count=0, expires_at=expires_at)],
                ignore_conflicts=True,
            )
            RateCounter.objects.filter(key=key).update(count=F("count") + 1)
            return RateCounter.objects.filter(key=key).values_list("count", flat=True).get()

    def consume(self, code, ttl):
        """Record `code` as used; False when it was used before. `ttl` is unused here: rows
        go when `UsedFormNonce.purge_expired()` finds them older than the longest form's age."""
        try:
            with transaction.atomic():
                UsedFormNonce.objects.create(nonce=code)
        except IntegrityError:
            return False
        return True

    def release(self, code):
        """Forget `code` (the submission it guarded could not be stored). In the database,
        the rolled-back transaction has done that already."""

    def is_used(self, code):
        return UsedFormNonce.objects.filter(nonce=code).exists()

    def clear(self):
        """Forget every counter and used code."""
        RateCounter.objects.all().delete()
        UsedFormNonce.objects.all().delete()

    def _clean(self, now):
        if time.monotonic() < self._next_clean:
            return
        self._next_clean = time.monotonic() + CLEAN_EVERY
        RateCounter.purge_expired(now)


def _upserts(connection):
    """Whether `connection` adds one in a single `INSERT ... ON CONFLICT ... RETURNING` (SQLite
    from 3.35, PostgreSQL)."""
    return (
        connection.vendor in ("sqlite", "postgresql")
        and connection.features.can_return_rows_from_bulk_insert
    )


def _upsert_sql(connection):
    quote = connection.ops.quote_name
    table = quote(RateCounter._meta.db_table)
    key, count, expires_at = (
        quote(RateCounter._meta.get_field(name).column) for name in ("key", "count", "expires_at")
    )
    return (
        f"INSERT INTO {table} ({key}, {count}, {expires_at}) VALUES (%s, 1, %s) "
        f"ON CONFLICT ({key}) DO UPDATE SET {count} = {table}.{count} + 1 "
        f"RETURNING {count}"
    )


class RedisCounters:
    """Counters and used codes in Redis (`REDIS_URL`), expiring on their own."""

    name = "redis"
    prefix = "icc:tools:"

    def __init__(self, url):
        # Imported here: only a site with REDIS_URL uses (and needs) the Redis client.
        import redis

        self.client = redis.Redis.from_url(url)

    def hit(self, key, window):
        pipe = self.client.pipeline()
        pipe.incr(self.prefix + "rate:" + key)
        # NX: the first hit of a window sets its life; later ones do not extend it.
        pipe.expire(self.prefix + "rate:" + key, int(window) + 1, nx=True)
        count, _expiry = pipe.execute()
        return int(count)

    def consume(self, code, ttl):
        return bool(self.client.set(self.prefix + "used:" + code, 1, nx=True, ex=int(ttl)))

    def release(self, code):
        self.client.delete(self.prefix + "used:" + code)

    def is_used(self, code):
        return bool(self.client.exists(self.prefix + "used:" + code))

    def clear(self):
        """Forget every counter and used code (tests against a throwaway Redis)."""
        keys = list(self.client.scan_iter(match=self.prefix + "*", count=1000))
        if keys:
            self.client.delete(*keys)


@cache
def _backend(url):
    if url:
        return RedisCounters(url)
    return DatabaseCounters()


def counters():
    """The counters' store: Redis when `REDIS_URL` is set, else the database."""
    return _backend(getattr(settings, "REDIS_URL", "") or "")


def reset_counters_backend():
    """Forget the store chosen (tests that change `REDIS_URL`)."""
    _backend.cache_clear()
