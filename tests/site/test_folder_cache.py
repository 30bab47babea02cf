"""The production cache without Redis: a folder that the worker processes share."""

import multiprocessing

import pytest

from icc_site.cache import FolderCache

WORKERS = 4
COUNTS_EACH = 100


def folder_cache(path, **options):
    return FolderCache(str(path), {"OPTIONS": options})


def count(path, key):
    cache = folder_cache(path)
    for _ in range(COUNTS_EACH):
        cache.incr(key)


def test_counters_hold_across_worker_processes(tmp_path):
    # The tools' rate limit counts in this cache; Django's file cache lost counts here.
    folder_cache(tmp_path).set("hits", 0, 60)
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=count, args=(tmp_path, "hits")) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert [worker.exitcode for worker in workers] == [0] * WORKERS
    assert folder_cache(tmp_path).get("hits") == WORKERS * COUNTS_EACH


def test_a_missing_or_expired_counter_cannot_be_counted(tmp_path):
    cache = folder_cache(tmp_path)
    cache.set("old", 5, -1)

    for key in ("never-set", "old"):
        with pytest.raises(ValueError):
            cache.incr(key)
    assert cache.add("old", 0, 60)
    assert cache.incr("old", 2) == 2


def test_the_folder_is_trimmed_now_and_then(tmp_path, monkeypatch):
    cache = folder_cache(tmp_path, MAX_ENTRIES=10, CULL_FREQUENCY=2, CULL_EVERY=60)
    for number in range(30):
        cache.set(f"page-{number}", "x", 60)
    # The first set counted the files (none); the next count is a minute away.
    assert len(list(tmp_path.iterdir())) == 30

    clock = iter([1e9])
    monkeypatch.setattr("icc_site.cache.time.monotonic", lambda: next(clock))
    cache.set("one-more", "x", 60)

    assert len(list(tmp_path.iterdir())) == 31 - 30 // 2
