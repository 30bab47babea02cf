"""The test databases of a run: built once, then copied for each pytest-xdist worker.

Migrating a new database costs about 35 CPU-seconds (Django renders the migration states of
some 240 migrations); the demo content about 86. Under pytest-xdist the first worker to need
either builds it and keeps a copy, and the other workers copy that instead of building their
own: on SQLite with the backup API, on PostgreSQL as a template database (CREATE DATABASE ...
TEMPLATE, a file copy on the server). The workers take turns through a file lock; a copy is
valid for one run (pytest-xdist's run id), so a new run never reads an old run's demo.
"""

import contextlib
import fcntl
import os
import sqlite3
from pathlib import Path

#: Where the locks and the run stamps live (the SQLite test databases live there too).
FOLDER = Path(__file__).resolve().parents[1] / ".test-db"


def run_id():
    """The same for every worker of one pytest-xdist run, different for the next run."""
    return os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"pid{os.getpid()}"


@contextlib.contextmanager
def run_lock(name):
    """Hold the file lock `name`, shared by the workers of this run (and by other runs)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    with open(FOLDER / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _stamp(name):
    return FOLDER / f"{Path(name).name}.run"


def _done_this_run(name):
    stamp = _stamp(name)
    return stamp.exists() and stamp.read_text() == run_id()


def _mark_done_this_run(name):
    _stamp(name).write_text(run_id())


def _use(connection, name):
    """Point the connection (and every thread's, through the settings) at database `name`."""
    from django.conf import settings

    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()


def _postgres_admin(connection):
    """A cursor on PostgreSQL's maintenance database, outside any test database."""
    return connection.creation._nodb_cursor()


def _postgres_copy(connection, source, target):
    """Replace database `target` by a copy of `source` (no one may be connected to either)."""
    quote = connection.ops.quote_name
    with _postgres_admin(connection) as cursor:
        for name in (source, target):
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)}")
        cursor.execute(f"CREATE DATABASE {quote(target)} WITH TEMPLATE {quote(source)}")


def _sqlite_copy(source, target):
    """Replace SQLite database `target` by a copy of `source` (the backup API: consistent,
    whatever the journal mode, and without deleting files another connection holds)."""
    source_db = sqlite3.connect(source)
    target_db = sqlite3.connect(target)
    try:
        source_db.backup(target_db)
    finally:
        target_db.close()
        source_db.close()


def worker_suffix(connection):
    """The pytest-xdist suffix of this worker's test database ("gw0"), or None."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    name = connection.creation._get_test_db_name()
    if worker and name.endswith(f"_{worker}") and name != ":memory:":
        return worker
    return None


def has_leftovers():
    """Whether an interrupted run left content in the database (pages, languages)."""
    from wagtail.models import Locale, Page

    return Page.objects.filter(depth__gt=2).exists() or Locale.objects.count() > 1


def setup_test_database(keepdb):
    """Create (or, with `keepdb`, reuse) this process's test database and connect to it.

    One process: as pytest-django does. A pytest-xdist worker: the first of the run builds the
    database without the worker suffix (the one a run without xdist uses) or checks the kept
    one, and every worker copies it.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test.utils import setup_databases

    worker = worker_suffix(connection)
    if worker is None:
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            setup_databases(
                verbosity=0,
                interactive=False,
                aliases={"default"},
                serialized_aliases=set(),
                keepdb=keepdb,
            )
        if has_leftovers():
            connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
            ContentType.objects.clear_cache()
        return
    test_settings = connection.settings_dict["TEST"]
    worker_name = test_settings["NAME"]
    base_name = worker_name[: -len(worker) - 1]
    with run_lock(f"test-database-{connection.vendor}-{Path(base_name).name}"):
        if not _done_this_run(base_name):
            test_settings["NAME"] = base_name
            try:
                connection.creation.create_test_db(
                    verbosity=0, autoclobber=True, serialize=False, keepdb=keepdb
                )
                if has_leftovers():
                    connection.creation.create_test_db(
                        verbosity=0, autoclobber=True, serialize=False, keepdb=False
                    )
            finally:
                test_settings["NAME"] = worker_name
            connection.close()
            _mark_done_this_run(base_name)
        connection.close()
        if connection.vendor == "postgresql":
            _postgres_copy(connection, base_name, worker_name)
        else:
            _sqlite_copy(base_name, worker_name)
    _use(connection, worker_name)
    ContentType.objects.clear_cache()


def load_demo_committed(load):
    """Run `load` (empty the database, load the demo content, committed) once per run.

    The demo loader takes about 86 CPU-seconds (twelve languages), and the demo command's
    tests and each worker's browser tests need its result. The first caller of a run loads it
    and keeps a copy of the whole database; the others (the other pytest-xdist worker, the
    browser tests after the command's tests) copy it back in: SQLite's backup API, or on
    PostgreSQL a template database, a fraction of a second either way.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.db import connection

    if connection.vendor == "sqlite" and connection.settings_dict["NAME"] == ":memory:":
        load()
        return
    prefix = "icc-demo-snapshot-" if connection.vendor == "sqlite" else "icc_demo_"
    name = prefix + run_id().lower()
    with run_lock(f"demo-snapshot-{connection.vendor}"):
        if connection.vendor == "postgresql":
            _postgres_demo(connection, prefix, name[:63], load)
        else:
            _sqlite_demo(connection, prefix, name, load)
    ContentType.objects.clear_cache()
    cache.clear()


def _sqlite_demo(connection, prefix, name, load):
    folder = Path(connection.settings_dict["NAME"]).parent
    snapshot = folder / f"{name}.sqlite3"
    connection.ensure_connection()
    if snapshot.exists():
        source = sqlite3.connect(snapshot)
        source.backup(connection.connection)
        source.close()
        return
    for old in folder.glob(f"{prefix}*.sqlite3"):
        old.unlink(missing_ok=True)  # an earlier run's
    load()
    copy = sqlite3.connect(folder / f"{name}.part")
    connection.connection.backup(copy)
    copy.close()
    os.replace(folder / f"{name}.part", snapshot)


def _postgres_demo(connection, prefix, name, load):
    database = connection.settings_dict["NAME"]
    with _postgres_admin(connection) as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{prefix}%"])
        snapshots = [row[0] for row in cursor.fetchall()]
    if name in snapshots:
        connection.close()
        _postgres_copy(connection, name, database)
        connection.ensure_connection()
        return
    with _postgres_admin(connection) as cursor:
        for old in snapshots:  # an earlier run's
            cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(old)}")
    load()
    connection.close()
    _postgres_copy(connection, database, name)
    connection.ensure_connection()
