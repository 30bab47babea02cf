"""The cache folder used in production when there is no Redis (settings/production.py)."""

import pickle
import time
import zlib

from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks

__all__ = ["FolderCache"]


class FolderCache(FileBasedCache):
    """Django's file cache, counting its files at most once every `CULL_EVERY` seconds.

    Django's own counts every file in the folder (a directory listing) on each `set()`, to
    drop some when there are more than `MAX_ENTRIES`: with the page cache holding thousands
    of pages, that listing cost more than rendering the page being stored. Counting now and
    then lets the folder run over `MAX_ENTRIES` by what the workers store in that interval.

    `incr()` holds a lock on the entry's file while it reads and rewrites it, so the worker
    processes of one server can share counters (the tools' rate limit): Django's reads the
    value and sets it anew, and two processes counting at once lose a count.
    """

    def __init__(self, dir, params):
        super().__init__(dir, params)
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
