"""Wagtail's search index and reference index in the tests: kept up to date only where read.

Each save of a page, a snippet or an image updates both: the site's search index (the search
page, the API's `?search=`, the admin's search boxes) and the reference index (the admin's
"Usage" and what a deletion would break). A test that builds a city or two of pages spends
about a sixth of its CPU time on them, and most tests never read either. So in the tests:

- saves update the indexes only inside `kept()`: in the modules marked `indexes`
  (`pytestmark = pytest.mark.indexes`, the autouse fixture in tests/conftest.py) and while the
  demo content loads (its snapshot serves the browser tests and the demo command's tests);
- anywhere else a read of either index raises `IndexNotKept`, saying to mark the module, and
  fails the test even where the error was caught on its way (a 500 page from the live server,
  a test client that does not raise): `refused()` keeps what was refused, and the autouse
  fixture in tests/conftest.py fails the test with it. So no test can pass by reading an
  index that was not kept.

Deletions still take an object out of both indexes, as on the site. Nothing changes outside
the tests: the patches are installed by the test session only (`install()`).
"""

import functools
from contextlib import contextmanager

__all__ = ["IndexNotKept", "install", "kept", "kept_now", "refused"]

#: Whether saves update the indexes now. One flag for the whole process, not one per thread:
#: the live server's threads (browser tests) save and search too.
_kept = [True]
#: The reads refused since `refused()` last emptied it.
_refused = []


class IndexNotKept(AssertionError):
    """A test read an index that its module does not keep up to date."""


def kept_now():
    return _kept[0]


@contextmanager
def kept(keep=True):
    """Saves inside the block update the indexes (`keep`) or leave them alone (not `keep`)."""
    before = _kept[0]
    _kept[0] = keep
    try:
        yield
    finally:
        _kept[0] = before


def refused():
    """The messages of the reads refused since the last call (and forget them)."""
    messages = list(dict.fromkeys(_refused))
    _refused.clear()
    return messages


def _read_when_kept(function, what):
    """`function`, a read of an index, refused while the indexes are not kept."""

    @functools.wraps(function)
    def read(*args, **kwargs):
        if not _kept[0]:
            message = (
                f"This test reads {what}, which the tests keep up to date only in the modules "
                "marked `indexes`: add `pytestmark = pytest.mark.indexes` to its module "
                "(tests/indexes.py)."
            )
            _refused.append(message)
            raise IndexNotKept(message)
        return function(*args, **kwargs)

    return read


class _EnqueuedWhenKept:
    """An index update task (django-tasks) that is not even enqueued while the indexes are not
    kept: no task, no fetch of the saved object, no savepoint, on every save."""

    def __init__(self, task):
        self.task = task

    def enqueue(self, *args, **kwargs):
        if _kept[0]:
            return self.task.enqueue(*args, **kwargs)
        return None


#: The reference index's class methods that read it (Wagtail's usage screens, delete views
#: and listings' usage counts call these).
REFERENCE_READS = [
    "get_references_for_object",
    "get_references_to",
    "get_references_to_in_bulk",
    "get_count_references_to_in_bulk",
    "get_grouped_references_to",
    "get_grouped_references_to_in_bulk",
    "usage_count_subquery",
]


@functools.cache
def install():
    """Patch the indexes' update and read paths (once per process; Django must be set up).

    Wagtail's own switch, `disable_reference_index_auto_update()`, holds for one thread only,
    and the live server answers the browser tests from threads of its own; so the updates are
    cut where they are started: the tasks the save signals enqueue (and `deferred_reference_index`
    at the end of a demo loader), and the search update Wagtail's image and document forms call
    directly. Commands that rebuild an index on purpose (`update_index`,
    `rebuild_references_index`) are left alone.
    """
    import modelsearch.signal_handlers
    import wagtail.signal_handlers
    from modelsearch import index as search_index
    from modelsearch.backends.base import BaseSearchBackend
    from wagtail.models import ReferenceIndex

    from icc_site import indexing

    for module, name in [
        (wagtail.signal_handlers, "update_reference_index_task"),
        (indexing, "update_reference_index_task"),
        (modelsearch.signal_handlers, "insert_or_update_object_task"),
    ]:
        setattr(module, name, _EnqueuedWhenKept(getattr(module, name)))
    update = search_index.insert_or_update_object
    search_index.insert_or_update_object = lambda instance: update(instance) if _kept[0] else None
    # Every search and autocomplete of every back-end goes through `_search`.
    BaseSearchBackend._search = _read_when_kept(BaseSearchBackend._search, "the search index")
    for name in REFERENCE_READS:
        read = getattr(ReferenceIndex, name).__func__
        setattr(ReferenceIndex, name, classmethod(_read_when_kept(read, "the reference index")))
