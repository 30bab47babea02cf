"""Back up and restore the database and the uploaded media with each database's own tools.

A backup is a folder: `database.sqlite3` (SQLite's online backup API, a consistent copy taken
while the site runs) or `database.dump` (`pg_dump --format=custom`), `media.tar.gz` (MEDIA_ROOT)
and `manifest.json`. `manage.py backup_site` and `manage.py restore_site` call these functions;
docs/deploy.md has the equivalent shell commands.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from wagtail.models import Site

from icc_site.page_cache import bump_generation

__all__ = ["backup_site", "restore_site"]

DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
MEDIA_ARCHIVE = "media.tar.gz"
MANIFEST = "manifest.json"


def backup_site(destination, using="default"):
    """Write a backup of the database `using` and of MEDIA_ROOT into the folder `destination`.

    Returns the manifest (what was written, when, from which database engine).
    """
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    connection = connections[using]
    database_file = destination / _database_file(connection.vendor)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(database_file)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    else:
        _run_pg("pg_dump", connection, "--format=custom", f"--file={database_file}")
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(destination / MEDIA_ARCHIVE, "w:gz") as archive:
        if media_root.is_dir():
            for child in sorted(media_root.iterdir()):
                archive.add(child, arcname=child.name)
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": connection.vendor,
        "files": [database_file.name, MEDIA_ARCHIVE],
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def restore_site(source, using="default", media=True):
    """Replace the database `using` (and the files in MEDIA_ROOT) with the backup in `source`.

    Stop the app servers first: they would keep writing to the database being replaced.
    """
    source = Path(source)
    manifest = json.loads((source / MANIFEST).read_text())
    connection = connections[using]
    if manifest["database"] != connection.vendor:
        raise ImproperlyConfigured(
            f"This backup is of a {manifest['database']} database; "
            f"the database to restore is {connection.vendor}."
        )
    database_file = source / _database_file(connection.vendor)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        backup = sqlite3.connect(database_file)
        try:
            backup.backup(connection.connection)
        finally:
            backup.close()
    else:
        connection.close()  # pg_restore --clean drops tables this connection may hold
        _run_pg(
            "pg_restore",
            connection,
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--no-privileges",
            str(database_file),
        )
    connection.close()
    _forget_cached_rows()
    if media:
        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / MEDIA_ARCHIVE, "r:gz") as archive:
            # The "data" filter refuses absolute paths, links out of the folder and devices.
            archive.extractall(media_root, filter="data")
    return manifest


def _database_file(vendor):
    try:
        return DATABASE_FILES[vendor]
    except KeyError:
        raise ImproperlyConfigured(f"No backup method for a {vendor} database.") from None


def _run_pg(program, connection, *args):
    """Run pg_dump or pg_restore against `connection`'s database, the password in the
    environment rather than on the command line."""
    params = connection.settings_dict
    env = {**os.environ}
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ):
        if params.get(key):
            env[variable] = str(params[key])
    executable = shutil.which(program) or program
    result = subprocess.run(
        [executable, f"--dbname={params['NAME']}", *args], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"{program} failed: {result.stderr.strip()}")


def _forget_cached_rows():
    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()
    bump_generation()  # cached pages show the content from before the restore
