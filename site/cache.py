"""The production caches (settings/production.py): a folder when there is no Redis, or Redis.

Both degrade instead of failing: a cache folder that cannot be written (a full disk, wrong
permissions) or a Redis that cannot be reached makes every read a miss and every write a no-op,
with a warning in the log, so pages and forms keep working, only slower. Nothing the site must
not lose lives in the cache: the tools' counters and used form codes are in `tools.counters`.
"""

import logging
import pickle
import time
import zlib

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.files import locks
from redis.exceptions import RedisError

__all__ = ["DegradingCacheMixin", "FolderCache", "RedisCache"]

logger = logging.getLogger(__name__)


class DegradingCacheMixin:
    """A cache whose failures (`degrade_on`) are logged and taken as misses, never raised."""

    degrade_on = (OSError,)

    def _degrade(self, operation, fallback):
        logger.warning("Cache %s failed; carrying on without the cache", operation, exc_info=True)
        return fallback

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except self.degrade_on:
            return self._degrade("get", default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set(key, value, timeout, version)
        except self.degrade_on:
            return self._degrade("set", None)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except self.degrade_on:
            return self._degrade("add", False)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except self.degrade_on:
            return self._degrade("touch", False)

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except self.degrade_on:
            return self._degrade("delete", False)

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except self.degrade_on:
            return self._degrade("has_key", False)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except self.degrade_on:
            self._degrade("incr", None)
            raise ValueError(f"Key '{key}' not found") from None

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except self.degrade_on:
            return self._degrade("get_many", {})

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except self.degrade_on:
            return self._degrade("set_many", list(data))

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except self.degrade_on:
            return self._degrade("delete_many", None)

    def clear(self):
        try:
            return super().clear()
        except self.degrade_on:
            return self._degrade("clear", None)


class RedisCache(DegradingCacheMixin, DjangoRedisCache):
    """Django's Redis cache, degrading to no cache when Redis cannot be reached."""

    degrade_on = (OSError, RedisError)


class LockingFolderCache(FileBasedCache):
    """Django's file cache, counting its files at most once every `CULL_EVERY` seconds.

    Django's own counts every file in the folder (a directory listing) on each `set()`, to
    drop some when there are more than `MAX_ENTRIES`: with the page cache holding thousands
    of pages, that listing cost more than rendering the page being stored. Counting now and
    then lets the folder run over `MAX_ENTRIES` by what the workers store in that interval.

    `incr()` holds a lock on the entry's file while it reads and rewrites it, so the worker
    processes of one server can share counters (the tools' rate limit): Django's reads the
    value and sets it anew, and two processes counting at once lose a count. (The tools'
    counters have since moved to `tools.counters`, out of any cache.)
    """

    def __init__(self, dir, params):
        try:
            super().__init__(dir, params)  # creates the folder
        except OSError:
            # Every later use fails the same way, and FolderCache takes that as a miss.
            logger.warning("Cannot create the cache folder %s", dir, exc_info=True)
        options = params.get("OPTIONS", {})
        self._cull_every = float(options.get("CULL_EVERY", 10))
        self._next_cull = 0.0

    def _cull(self):
        now = time.monotonic()
        if now < self._next_cull:
            return
        self._next_cull = now + self._cull_every
        super()._cull()

    def incr(self, key, delta=1, version=None):
        try:
            with open(self._key_to_file(key, version), "r+b") as entry:
                locks.lock(entry, locks.LOCK_EX)
                try:
                    expiry = pickle.load(entry)
                    if expiry is not None and expiry < time.time():
                        raise FileNotFoundError
                    value = pickle.loads(zlib.decompress(entry.read())) + delta
                    # Rewritten in place, the expiry first and unchanged, then cut to length:
                    # `has_key()` in another process (as `add()` calls it) reads only the
                    # expiry, so it never sees an empty file, which it would delete.
                    entry.seek(0)
                    entry.write(pickle.dumps(expiry, self.pickle_protocol))
                    entry.write(zlib.compress(pickle.dumps(value, self.pickle_protocol)))
                    entry.truncate()
                    entry.flush()
                finally:
                    locks.unlock(entry)
        except (FileNotFoundError, EOFError):
            raise ValueError(f"Key '{key}' not found") from None
        return value


class FolderCache(DegradingCacheMixin, LockingFolderCache):
    """The cache folder of one server, degrading to no cache when it cannot be written."""
