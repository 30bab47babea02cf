"""Counters that floods cannot evict, an exact limit at the window's edge, a page cache that
cache-busting query strings cannot fill, and a broken cache that fails nothing (issue 12)."""

import threading

import pytest
from django.db import connection
from django.test import Client

from tests.helpers import captured_queries
from tests.security.conftest import REPORT, report_data
from tools.counters import counters

ORIGIN = "http://testserver"


@pytest.fixture
def folder_cache(settings, tmp_path):
    """The production cache without Redis: a small cache folder that culls eagerly."""
    settings.CACHES = {
        "default": {
            "BACKEND": "icc_site.cache.FolderCache",
            "LOCATION": str(tmp_path / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20, "CULL_FREQUENCY": 2, "CULL_EVERY": 0},
        }
    }
    return settings


@pytest.mark.django_db
def test_a_flood_of_cache_entries_does_not_reset_a_client_s_count(
    bilbao_customisation, resident, traps_on, folder_cache
):
    from django.core.cache import cache

    traps_on.TOOLS_RATE_LIMIT = "2/h"
    traps_on.TOOLS_MIN_FILL_SECONDS = 0
    assert resident.post(REPORT, report_data(resident)).status_code == 200
    assert resident.post(REPORT, report_data(resident)).status_code == 200
    for number in range(200):  # unique URLs filling the cache
        cache.set(f"flood-{number}", "x" * 100, 300)

    assert resident.post(REPORT, report_data(resident)).status_code == 429


@pytest.fixture
def restored_afterwards(django_db_blocker):
    """The database as the migrations left it, after the transactional test's flush."""
    from tests.conftest import reset_database

    yield
    with django_db_blocker.unblock():
        reset_database()


def all_at_once(action, workers=6, times=25):
    """Calls `action` `times` times in each of `workers` threads started together.

    Returns what the calls returned and the errors they raised. Each thread closes its own
    database connection, which the transactional test's flush needs.
    """
    returned = []
    errors = []
    lock = threading.Lock()

    def work():
        try:
            for _ in range(times):
                value = action()
                with lock:
                    returned.append(value)
        except Exception as error:  # noqa: BLE001 - returned to the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return returned, errors


def test_concurrent_posts_at_the_window_edge_let_exactly_the_limit_through(
    restored_afterwards, transactional_db, settings
):
    settings.TOOLS_RATE_LIMIT = "120/h"
    from django.test import RequestFactory

    from tools.throttling import record_hit

    def client_posts():
        return record_hit(RequestFactory().post("/", REMOTE_ADDR="203.0.113.50"))

    waits, errors = all_at_once(client_posts)
    assert not errors
    assert waits.count(0) == 120  # of 150 posts


def test_concurrent_hits_on_one_counter_are_all_counted(restored_afterwards, transactional_db):
    """Six workers adding to one counter at once: every hit is counted, and no two workers are
    told the same count (a lost or doubled increment would let a client past its limit)."""
    store = counters()
    seen, errors = all_at_once(lambda: store.hit("concurrent-test", 60))
    assert not errors
    assert sorted(seen) == list(range(1, 151))
    assert store.hit("concurrent-test", 60) == 151


@pytest.mark.django_db
def test_a_hit_costs_one_query_on_the_database():
    store = counters()
    if store.name != "database":
        pytest.skip("the counters are in Redis (REDIS_URL)")
    store.hit("warm-up", 60)  # the first hit of a process may also delete expired counters
    with captured_queries() as first:
        assert store.hit("one-query", 60) == 1
    with captured_queries() as second:
        assert store.hit("one-query", 60) == 2
    assert (len(first), len(second)) == (1, 1)


@pytest.mark.django_db
def test_the_counters_count_one_by_one():
    store = counters()
    assert [store.hit("edge-test", 60) for _ in range(3)] == [1, 2, 3]
    assert store.consume("code-1", ttl=60) is True
    assert store.consume("code-1", ttl=60) is False
    assert store.is_used("code-1")


# --- The page cache ---------------------------------------------------------------------


@pytest.mark.django_db
def test_cache_busting_query_strings_are_answered_from_the_cache(home_page, page_cache_on):
    client = Client()
    first = client.get("/en/")
    assert first.status_code == 200
    assert first.get("X-Page-Cache") == "miss"

    for number in range(3):
        busted = client.get(f"/en/?v={number}&utm_source=x{number}")
        assert busted.status_code == 200
        assert busted.get("X-Page-Cache") == "hit"


@pytest.mark.django_db
def test_a_page_is_not_stored_under_parameters_it_does_not_read(home_page, page_cache_on):
    from django.core.cache import cache

    client = Client()
    cache.clear()
    client.get("/en/?only-for-this-request=1")
    assert client.get("/en/").get("X-Page-Cache") == "miss"


@pytest.mark.django_db
def test_the_parameters_a_page_reads_still_make_their_own_entries(home_page, page_cache_on):
    from practices.models import PracticeIndexPage

    index = PracticeIndexPage(title="Good practices", slug="good-practices")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    client = Client()
    url = index.url
    assert client.get(url).get("X-Page-Cache") == "miss"
    assert client.get(url + "?year=2020").get("X-Page-Cache") == "miss"
    assert client.get(url + "?year=2020&v=2").get("X-Page-Cache") == "hit"


# --- A cache that cannot be written -------------------------------------------------------


@pytest.fixture
def broken_cache(settings, tmp_path):
    """A cache folder that cannot be created: a file stands where its parent folder should."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.CACHES = {
        "default": {
            "BACKEND": "icc_site.cache.FolderCache",
            "LOCATION": str(blocker / "cache"),
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    return settings


@pytest.mark.django_db
def test_an_unwritable_cache_fails_no_page(home_page, broken_cache):
    response = Client().get("/en/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_an_unwritable_cache_fails_no_form(bilbao_customisation, resident, traps_on, broken_cache):
    traps_on.TOOLS_MIN_FILL_SECONDS = 0
    assert resident.get(REPORT).status_code == 200
    assert resident.post(REPORT, report_data(resident)).status_code == 200
