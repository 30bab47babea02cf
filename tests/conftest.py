"""Fixtures shared by every test folder: the Wagtail tree, the locales, a French home page."""

import gc
import os

import pytest

# Playwright runs an event loop in the test thread; the ORM calls the tests make are still
# synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# The cyclic garbage collector's youngest generation is collected every 700 new container
# objects by default, and every tenth of those collections takes the middle generation with it.
# A test builds and drops pages, querysets and template contexts by the hundred thousand, so a
# process spent about 8% of its CPU collecting (measured with gc.callbacks over tests/tools and
# tests/site: 4,319 collections, 5 to 6 s of 62 to 70 s). Every 50,000 objects: 47 collections,
# under 2 s; fewer still (200,000) makes each slower again. What reference counting frees is
# freed as before; only cycles wait longer.
gc.set_threshold(50_000, 10, 10)


@pytest.fixture(autouse=True)
def _fresh_redis_counters(settings):
    """Against a real Redis (`make test-redis`), each test starts with no counter or used form
    code: unlike database rows, Redis keys outlive a test's rolled-back transaction."""
    if not getattr(settings, "REDIS_URL", ""):
        yield
        return
    from tools.counters import counters

    counters().clear()
    yield


@pytest.fixture(scope="module", autouse=True)
def _indexes_kept_in_marked_modules(request):
    """Saves keep the search and reference indexes up to date only in the modules marked
    `indexes` and while the demo content loads; reading an index not kept fails
    (tests/indexes.py)."""
    from tests import indexes

    indexes.install()
    with indexes.kept(request.node.get_closest_marker("indexes") is not None):
        yield


@pytest.fixture(autouse=True)
def _no_read_of_an_index_not_kept():
    """A read refused (tests/indexes.py) fails the test, even if a view's error page or a
    client that does not raise swallowed the error."""
    from tests import indexes

    yield  # (what a module's fixtures refused, before the test, counts too)
    refused = indexes.refused()
    if refused:
        pytest.fail(refused[0], pytrace=False)


@pytest.fixture(autouse=True)
def _default_language_afterwards():
    """A test that served a French page leaves French active in the thread; the next test
    (a message checked in English, say) must not inherit it."""
    yield
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


#: Modules of database tests that share a costly module-scoped fixture (a demo loader, a world
#: of several cities, collectstatic). `make test` runs pytest-xdist with --dist loadgroup, and
#: the scheduler below hands each of these modules whole to one worker, so that its fixture is
#: built once, and before the single tests (largest first), so that no worker is left alone
#: with a long module at the end of the run. Only plain database tests here: a browser or
#: transactional module handed out first would commit data before other modules' tests.
ONE_WORKER_MODULES = [
    "tests/security/test_leak_walker.py",
    "tests/intercultural_index/test_rounds.py",
    "tests/home/test_demo_command.py",
    "tests/citizenship_test/test_demo.py",
    "tests/checklists/test_demo.py",
    "tests/cities/test_demo.py",
    "tests/heritage_mapping/test_demo.py",
    "tests/news/test_demo.py",
    "tests/practices/test_demo.py",
    "tests/publications/test_demo.py",
    "tests/site/test_static_files.py",
]


#: The browser modules in the order they are handed out, the longest tests first (Lighthouse
#: audits five pages in a Chromium of its own; a walk covers a whole tool; a crawl a whole
#: language), so that the last tests of a run are short ones and no worker is left alone with a
#: long one.
#: A browser module not named here comes after these.
BROWSER_MODULES_FIRST = [
    "tests/browser/test_lighthouse.py",
    "tests/browser/test_tools_in_arabic_and_ukrainian.py",
    "tests/browser/test_crawl.py",
    "tests/browser/test_bench_journey.py",
    "tests/browser/test_heritage_admin.py",
    "tests/browser/test_heritage_embed.py",
    "tests/browser/test_index_rounds.py",
    "tests/browser/test_citizenship_test.py",
    "tests/browser/test_antirumours.py",
    "tests/browser/test_checklists.py",
]


#: Browser modules that one worker runs whole, when the run reaches them (in their place among
#: the single tests, not first as ONE_WORKER_MODULES). Lighthouse waits on its own timers
#: (a second of quiet after the load, and so on) and keeps a core only about a third busy: two
#: workers auditing at the same time left the machine half idle, one auditing while the other
#: walks the tools (BROWSER_MODULES_FIRST) fills it.
BROWSER_MODULES_WHOLE = ["tests/browser/test_lighthouse.py"]


BROWSER_FOLDER = "tests/browser/"


def _uses_database(item):
    """Whether pytest-django gives the test a database (its own rule for ordering tests)."""
    if item.get_closest_marker("django_db"):
        return True
    fixtures = getattr(item, "fixturenames", ())
    return any(name in fixtures for name in ("db", "transactional_db", "live_server"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's order (database tests, then transactional ones, then the rest):
    the tests that commit data of their own, the browser tests, longest modules first
    (BROWSER_MODULES_FIRST), so that the last tests of a run are short, then the tests that
    need neither a database nor a browser (under pytest-xdist, the scheduler below hands these
    out first).

    The browser tests stay after every database test: they commit the demo content to the
    worker's database for the rest of its session. Every browser test lives in tests/browser/
    (the xdist scheduler below tells them from the free-standing tests by their folder).
    """
    rank = {module: position for position, module in enumerate(BROWSER_MODULES_FIRST)}

    def key(item):
        if _uses_database(item):
            return (0, 0)  # pytest-django's own order, kept by the stable sort
        module = item.nodeid.split("::", 1)[0]
        if "browser" in item.keywords:
            assert module.startswith(BROWSER_FOLDER), f"{item.nodeid}: not in {BROWSER_FOLDER}"
            return (2, rank.get(module, len(rank)))
        if "django_db_setup" in getattr(item, "fixturenames", ()):
            # Works on committed data and puts the clean database back (tests/site/test_backup.py):
            # before the browser tests, whose demo content it would remove.
            return (1, 0)
        return (3, 0)

    items.sort(key=key)


def is_plain_database_test(item):
    """Whether the test runs in a transaction of its own, rolled back at its end (`django_db`,
    not transactional, no live server, no browser): the tests a module-scoped transaction
    (`module_transaction`) can hold."""
    marker = item.get_closest_marker("django_db")
    if marker is None or "browser" in item.keywords:
        return False
    commits = marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    fixtures = getattr(item, "fixturenames", ())
    return not commits and "transactional_db" not in fixtures and "live_server" not in fixtures


def pytest_itemcollected(item):
    """A test of ONE_WORKER_MODULES must be a plain database test (see above)."""
    if item.nodeid.split("::", 1)[0] in ONE_WORKER_MODULES:
        assert is_plain_database_test(item), f"{item.nodeid}: not a plain database test"


def free_standing_tests(nodeids):
    """The tests that need neither a database nor a browser, out of a run's collection in
    pytest_collection_modifyitems' order: those after the last browser test (none if the run
    has no browser test, as the boundary is then unknown)."""
    nodeids = list(nodeids)
    browser = [i for i, nodeid in enumerate(nodeids) if nodeid.startswith(BROWSER_FOLDER)]
    return nodeids[browser[-1] + 1 :] if browser else []


def queue_order(workqueue, collection):
    """The scheduler's work queue (scope -> its tests, in the order pytest-xdist sorted them:
    largest first) with BROWSER_MODULES_WHOLE counted as single tests: each in the place of its
    first test in the collection."""
    position = {nodeid: index for index, nodeid in enumerate(collection)}

    def key(unit):
        scope, tests = unit
        size = 1 if scope in BROWSER_MODULES_WHOLE else len(tests)
        return (-size, position[next(iter(tests))])

    return type(workqueue)(sorted(workqueue.items(), key=key))


@pytest.hookimpl(optionalhook=True)  # without pytest-xdist (-p no:xdist) it is never called
def pytest_xdist_make_scheduler(config, log):
    """--dist loadgroup: ONE_WORKER_MODULES whole to one worker each, the other tests one by
    one in collection order. (pytest-xdist's own loadgroup renames the tests of a group, which
    pytest 9 no longer allows, and so splits them like --dist load.)

    The tests that need neither a database nor a browser go, all together, to the first
    worker: it runs them while the other migrates the run's test database (tests/databases.py),
    instead of waiting for it. Groups are handed out largest first, then the single tests;
    a module of BROWSER_MODULES_WHOLE, though whole to one worker, is handed out in the place
    of its first test among the single tests (after every database test).
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesWhole(LoadScopeScheduling):
        free_standing = frozenset()
        handed_out = False

        def schedule(self):
            if self.collection is None and self.registered_collections:
                collection = next(iter(self.registered_collections.values()))
                self.free_standing = frozenset(free_standing_tests(collection))
            super().schedule()

        def _split_scope(self, nodeid):
            if nodeid in self.free_standing:
                return "no database, no browser"
            module = nodeid.split("::", 1)[0]
            whole = module in ONE_WORKER_MODULES or module in BROWSER_MODULES_WHOLE
            return module if whole else nodeid

        def _assign_work_unit(self, node):
            if not self.handed_out:  # the work queue is built: put it in order
                self.handed_out = True
                self.workqueue = queue_order(self.workqueue, self.collection)
            super()._assign_work_unit(node)

    return ModulesWhole(config, log)


def ensure_wagtail_tree():
    """The English home page, root of the default site."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


# What the migrations leave in a new test database (root page, home page, site, locale, groups
# and their permissions), serialised once per run so that tests which must commit their data
# (the browser tests, the demo command's) can put it back exactly afterwards.
_CLEAN_DATABASE = None


def reset_database():
    """Empty the test database and restore what the migrations had created."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection

    # CASCADE: on PostgreSQL, tables of apps installed only by some tests refer to ours.
    call_command(
        "flush", interactive=False, verbosity=0, inhibit_post_migrate=True, allow_cascade=True
    )
    connection.creation.deserialize_db_from_string(_CLEAN_DATABASE)
    ContentType.objects.clear_cache()
    # The rows come back with their ids; move PostgreSQL's id sequences past them.
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def load_demo_committed():
    """Empty the test database, then fill it with the demo content, committed.

    Loaded once per run and copied back in by the other callers (tests/databases.py).
    """
    from io import StringIO

    from django.core.management import call_command

    from tests import indexes
    from tests.databases import load_demo_committed as once_per_run

    def load():
        reset_database()
        # The demo is searched and its usage shown, in the browser tests as on a new site.
        with indexes.kept():
            call_command("load_demo_content", stdout=StringIO())

    once_per_run(load)


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database: built once per run and copied for each pytest-xdist worker
    (tests/databases.py), reused with --reuse-db, rebuilt if an interrupted run left content
    behind.

    It replaces pytest-django's fixture, which builds one per worker. pytest-django creates the
    test database only when a collected test asks for `db`; the browser tests ask for none
    (they read through a server thread of their own), and get it here all the same.
    """
    global _CLEAN_DATABASE
    from django.db import connection

    from tests.databases import setup_test_database

    with django_db_blocker.unblock():
        setup_test_database(keepdb=django_db_keepdb and not django_db_createdb)
        _CLEAN_DATABASE = connection.creation.serialize_db_to_string()
    yield


def all_locales():
    """Every content language as a Wagtail Locale, keyed by language code (created if missing)."""
    from django.conf import settings
    from wagtail.models import Locale

    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


@pytest.fixture
def locales(db):
    """Every content language as a Wagtail Locale, keyed by language code."""
    return all_locales()


def whole_module_asks_for(request, fixture):
    """Whether every collected test of the requesting module asks for `fixture` and is a plain
    database test: then data that only `fixture` brings can be built once for the module, in
    `module_transaction`, and no test of the module could tell."""
    module = request.node.nodeid.split("::", 1)[0]
    tests = [item for item in request.session.items if item.nodeid.split("::", 1)[0] == module]
    return bool(tests) and all(
        fixture in item.fixturenames and is_plain_database_test(item) for item in tests
    )


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """A transaction held open for a whole test module, rolled back at its end.

    For data that takes seconds to build (a demo loader, say) and that every test of the module
    only reads: a module-scoped fixture builds it once, inside `with module_transaction():`,
    and each test then runs in a savepoint of this transaction, as it would in its own. Only
    for modules of database tests (`django_db`), not transactional ones.
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield django_db_blocker.unblock
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def home_page(db):
    """The English home page, root of the default site."""
    return ensure_wagtail_tree()


@pytest.fixture
def french_home(home_page, locales):
    """The home page translated into French through wagtail-localize."""
    from icc_site.localize import publish_translation

    return publish_translation(
        home_page, locales["fr"], {"Intercultural Cities": "Cités interculturelles"}
    )


@pytest.fixture
def arabic_home(home_page, locales):
    """The home page translated into Arabic through wagtail-localize."""
    from icc_site.localize import publish_translation

    return publish_translation(
        home_page, locales["ar"], {"Intercultural Cities": "المدن المتداخلة الثقافات"}
    )


@pytest.fixture
def city_index(home_page):
    """The list of member cities, a child of the English home page."""
    from cities.factories import CityIndexPageFactory

    return CityIndexPageFactory(parent=home_page)


def _city(city_index, title, country):
    from cities.factories import CityPageFactory

    return CityPageFactory(parent=city_index, title=title, slug=title.lower(), country=country)


@pytest.fixture
def lisbon(city_index):
    """Lisbon's profile (/en/cities/lisbon/), the city most tests work for."""
    return _city(city_index, "Lisbon", "Portugal")


@pytest.fixture
def rijeka(city_index):
    """Rijeka's profile: another city, whose tools Lisbon's coordinators must not reach."""
    return _city(city_index, "Rijeka", "Croatia")


@pytest.fixture
def oslo(city_index):
    """Oslo's profile: a third city, for lists and comparisons."""
    return _city(city_index, "Oslo", "Norway")


@pytest.fixture
def bilbao(city_index):
    """Bilbao's profile: the anti-rumour tests' city."""
    return _city(city_index, "Bilbao", "Spain")


@pytest.fixture
def coordinator_of(django_user_model):
    """Make a user in the coordinator group of a city (the tools framework's roles)."""
    from tools.factories import CoordinatorFactory

    def make(city, username=None):
        return CoordinatorFactory(city=city, username=username or f"coordinator-{city.slug}")

    return make


@pytest.fixture
def lisbon_coordinator_client(client, coordinator_of, lisbon):
    """The test client, signed in as Lisbon's coordinator."""
    client.force_login(coordinator_of(lisbon))
    return client


@pytest.fixture
def editor(django_user_model):
    """A member of Wagtail's Editors group, who manages every city's tools."""
    from accounts.factories import EditorFactory

    return EditorFactory()


@pytest.fixture
def page_cache_on(settings):
    """The public page cache as production runs it, empty at the start of the test."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()
