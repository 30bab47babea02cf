"""What the tools keep in their counters' store (tools.counters), read the same way whether it
is the database (the default) or Redis (`make test-redis`)."""

from django.core.cache import cache

from tools.counters import counters

__all__ = ["counter_keys", "every_stored_string", "in_database", "used_codes"]


def in_database():
    return counters().name == "database"


def used_codes():
    """Every one-time code recorded as used."""
    if in_database():
        from tools.models import UsedFormNonce

        return list(UsedFormNonce.objects.values_list("nonce", flat=True))
    store = counters()
    prefix = store.prefix + "used:"
    return [key.decode()[len(prefix) :] for key in store.client.scan_iter(match=prefix + "*")]


def counter_keys():
    """The keys of the rate-limit counters."""
    if in_database():
        from tools.models import RateCounter

        return list(RateCounter.objects.values_list("key", flat=True))
    store = counters()
    prefix = store.prefix + "rate:"
    return [key.decode()[len(prefix) :] for key in store.client.scan_iter(match=prefix + "*")]


def every_stored_string():
    """Every key and value an intruder reading the cache and the counters' store could see."""
    stored = [*counter_keys(), *used_codes()]
    if isinstance(getattr(cache, "_cache", None), dict):  # the tests' in-memory cache
        stored += [str(key) for key in cache._cache] + [str(v) for v in cache._cache.values()]
    if not in_database():  # Redis: every key of its database and every plain value
        client = counters().client
        for key in client.scan_iter():
            stored.append(key.decode(errors="replace"))
            if client.type(key) == b"string":
                stored.append(client.get(key).decode(errors="replace"))
    return stored
