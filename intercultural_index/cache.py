"""One generation for everything the Index keeps in the cache (the profile sections, the
network's averages): any change to rounds, customisations, the questionnaire or the cities'
figures renews it (`forget_results`, connected in `apps.py`), so nothing stale is served."""

from uuid import uuid4

from django.core.cache import cache

__all__ = ["SECONDS", "forget_results", "generation"]

GENERATION_KEY = "intercultural-index:generation"
SECONDS = 6 * 3600


def forget_results(**kwargs):
    """Renew the generation: every cached figure is computed again on its next request."""
    cache.set(GENERATION_KEY, uuid4().hex, None)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid4().hex
        cache.set(GENERATION_KEY, value, None)
    return value
