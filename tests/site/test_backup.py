"""Backup and restore (manage.py backup_site / restore_site) with the database's own tools."""

import io
import json

import pytest
from django.core.management import call_command

from tests.conftest import ensure_wagtail_tree, reset_database


def reset_sequences():
    """Move the id sequences past the restored rows (PostgreSQL's flush restarts them at 1)."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    """Work on committed data (the backup tools read the database from outside the test's
    transaction), and put the clean test database back afterwards."""
    with django_db_blocker.unblock():
        reset_database()
        reset_sequences()
        yield
        reset_database()
        reset_sequences()


def test_content_and_media_come_back_after_a_restore(committed, tmp_path, settings):
    from wagtail.models import Page

    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "images").mkdir(parents=True)
    photo = settings.MEDIA_ROOT / "images" / "harbour.jpg"
    photo.write_bytes(b"a photo of the harbour")
    home = ensure_wagtail_tree()
    page = home.add_child(instance=Page(title="Kept safe", slug="kept-safe"))
    page.save_revision().publish()

    call_command("backup_site", str(tmp_path / "backup"), stdout=io.StringIO())
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert set(manifest["files"]) <= {p.name for p in (tmp_path / "backup").iterdir()}

    Page.objects.get(slug="kept-safe").delete()
    photo.unlink()
    assert not Page.objects.filter(slug="kept-safe").exists()

    call_command("restore_site", str(tmp_path / "backup"), "--no-input", stdout=io.StringIO())

    restored = Page.objects.get(slug="kept-safe")
    assert restored.title == "Kept safe" and restored.live
    assert photo.read_bytes() == b"a photo of the harbour"


def test_restore_refuses_a_backup_of_another_database_engine(committed, tmp_path):
    from django.db import connection

    call_command("backup_site", str(tmp_path), stdout=io.StringIO())
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["database"] = "mysql" if connection.vendor != "mysql" else "sqlite"
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(Exception, match="backup is of a"):
        call_command("restore_site", str(tmp_path), "--no-input", stdout=io.StringIO())
