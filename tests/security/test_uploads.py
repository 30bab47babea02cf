"""Pending uploads cannot fill the disk: replaced, bounded, cleaned, refused when short of room
(issue 12, "Disk exhaustion")."""

import io
import os
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from PIL import Image

from heritage_mapping.models import HeritageItem, ItemPhoto
from heritage_mapping.photos import PENDING_DIR
from tests.heritage_mapping.flow import ABOUT, contribute_url, form_state, post_step, run_to
from tools.uploads import purge_pending_uploads

pytestmark = pytest.mark.django_db


def photo(name="market.jpg", colour=(180, 90, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def pending_files(media_root):
    folder = Path(media_root) / PENDING_DIR
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_posting_the_photo_step_again_and_again_replaces_its_files(mouraria, media_root):
    url = contribute_url(mouraria)
    client = Client()
    at_photos = run_to(client, url, "photos")

    for attempt in range(10):  # the same page, re-sent with new photos each time
        files = {f"photo_{n}": photo(colour=(attempt, n, 0)) for n in (1, 2, 3)}
        response = post_step(client, url, at_photos, {}, files=files)
        assert response.status_code == 200

    assert len(pending_files(media_root)) == 3


def test_the_replaced_photos_are_the_ones_sent(mouraria, media_root):
    url = contribute_url(mouraria)
    client = Client()
    at_photos = run_to(client, url, "photos")
    post_step(client, url, at_photos, {}, files={"photo_1": photo(colour=(255, 0, 0))})
    about = post_step(client, url, at_photos, {}, files={"photo_1": photo(colour=(0, 0, 255))})
    review = post_step(client, url, about, ABOUT)
    assert post_step(client, url, review, {}).status_code == 303

    stored = ItemPhoto.objects.get(item=HeritageItem.objects.get())
    with Image.open(stored.image.open()) as image:
        red, _green, blue = image.convert("RGB").getpixel((10, 10))
    assert blue > 200 and red < 50
    assert pending_files(media_root) == []


def test_uploads_beyond_the_quota_are_refused_with_a_message(mouraria, media_root, settings):
    settings.TOOLS_PENDING_UPLOADS_MAX_BYTES = 1
    url = contribute_url(mouraria)
    client = Client()
    at_photos = run_to(client, url, "photos")

    refused = post_step(client, url, at_photos, {}, files={"photo_1": photo()})

    assert refused.status_code == 200
    assert form_state(refused)[1] == "photos"
    assert "short of space" in refused.content.decode()
    assert pending_files(media_root) == []
    # Without the photo, the contribution goes on and is sent.
    about = post_step(client, url, refused, {})
    assert form_state(about)[1] == "about"
    review = post_step(client, url, about, ABOUT)
    assert post_step(client, url, review, {}).status_code == 303


def test_a_nearly_full_disk_refuses_uploads_and_the_rest_works(
    mouraria, media_root, settings, monkeypatch
):
    settings.TOOLS_UPLOADS_MIN_FREE_BYTES = 100 * 1024 * 1024
    monkeypatch.setattr("tools.uploads._free_bytes", lambda: 10 * 1024 * 1024)
    url = contribute_url(mouraria)
    client = Client()
    at_photos = run_to(client, url, "photos")

    refused = post_step(client, url, at_photos, {}, files={"photo_1": photo()})

    assert "short of space" in refused.content.decode()
    assert pending_files(media_root) == []
    assert Client().get("/en/embed/heritage-map/lisbon/").status_code == 200


def test_the_message_is_translated():
    from django.utils import translation

    from tools.uploads import NO_ROOM

    with translation.override("fr"):
        french = str(NO_ROOM)
    assert french != str(NO_ROOM)
    assert "espace" in french


def _age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_the_cleaner_deletes_expired_pending_uploads_only(mouraria, media_root):
    folder = Path(media_root) / PENDING_DIR
    folder.mkdir(parents=True)
    (folder / "old.jpg").write_bytes(b"x")
    (folder / "new.jpg").write_bytes(b"x")
    _age(folder / "old.jpg", 4 * 60 * 60)

    call_command("purge_pending_uploads", stdout=io.StringIO())

    assert [path.name for path in pending_files(media_root)] == ["new.jpg"]


def test_an_upload_triggers_the_cleaner(mouraria, media_root, monkeypatch):
    folder = Path(media_root) / PENDING_DIR
    folder.mkdir(parents=True)
    (folder / "abandoned.jpg").write_bytes(b"x")
    _age(folder / "abandoned.jpg", 4 * 60 * 60)
    monkeypatch.setattr("tools.uploads._next_purge", 0.0)
    url = contribute_url(mouraria)
    client = Client()
    post_step(client, url, run_to(client, url, "photos"), {}, files={"photo_1": photo()})

    assert "abandoned.jpg" not in [path.name for path in pending_files(media_root)]
    assert purge_pending_uploads() == 0
