"""Pending uploads of the tools' multi-step forms: bounded, cleaned often, refused when full.

A file sent on one step of a form waits on disk until the form is sent (or abandoned), since a
cookieless form cannot carry it (`tools.wizard_storage`). Unbounded, that is a way to fill the
disk from one client. So:

- one form (one journey) keeps one file per file field, under a name made of the journey's code
  and the field: posting the step again replaces the file instead of adding one
  (`SignedFieldStorage.set_step_files`);
- all pending uploads together are held to `TOOLS_PENDING_UPLOADS_MAX_BYTES`, and no upload is
  taken when the disk has less than `TOOLS_UPLOADS_MIN_FREE_BYTES` free: the form says so, in
  the resident's language, and everything else keeps working (`check_room_for_upload()`);
- expired pending files (older than the longest form of their tool) are deleted by
  `purge_pending_uploads()`, which each upload triggers at most once every
  `TOOLS_PENDING_PURGE_EVERY` seconds per process, when the quota is reached, and by
  `manage.py purge_pending_uploads` (cron, see docs/deploy.md).

A tool with uploads declares `pending_upload_dir` on its `CityTool` subclass (a folder under
MEDIA_ROOT).
"""

import logging
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tools.registry import get_tool_types
from tools.state import DEFAULT_MAX_AGE

__all__ = [
    "check_room_for_upload",
    "pending_folders",
    "pending_usage",
    "purge_pending_uploads",
]

logger = logging.getLogger(__name__)

DEFAULT_PENDING_MAX_BYTES = 512 * 1024 * 1024
DEFAULT_MIN_FREE_BYTES = 512 * 1024 * 1024
DEFAULT_PURGE_EVERY = 60

_next_purge = 0.0


def _setting(name, default):
    value = getattr(settings, name, default)
    return default if value is None else int(value)


def pending_folders():
    """[(folder, lifetime in seconds)] of every installed tool that keeps pending uploads."""
    folders = []
    for model in get_tool_types():
        relative = getattr(model, "pending_upload_dir", "")
        if relative:
            ages = [*getattr(model, "form_max_ages", {}).values()]
            folders.append((Path(settings.MEDIA_ROOT) / relative, max([DEFAULT_MAX_AGE, *ages])))
    return folders


def _files(folder):
    try:
        return [path for path in folder.iterdir() if path.is_file()]
    except FileNotFoundError:
        return []


def pending_usage():
    """The bytes all pending uploads take now."""
    total = 0
    for folder, _age in pending_folders():
        for path in _files(folder):
            try:
                total += path.stat().st_size
            except FileNotFoundError:
                continue
    return total


def purge_pending_uploads(now=None):
    """Delete the pending uploads older than their tool's longest form. Returns the number."""
    global _next_purge
    now = time.time() if now is None else now
    _next_purge = time.monotonic() + _setting("TOOLS_PENDING_PURGE_EVERY", DEFAULT_PURGE_EVERY)
    deleted = 0
    for folder, lifetime in pending_folders():
        for path in _files(folder):
            try:
                if path.stat().st_mtime < now - lifetime:
                    path.unlink()
                    deleted += 1
            except FileNotFoundError:
                continue
    return deleted


def _purge_now_and_then():
    if time.monotonic() >= _next_purge:
        try:
            purge_pending_uploads()
        except OSError:
            logger.warning("Could not purge pending uploads", exc_info=True)


def _free_bytes():
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    return shutil.disk_usage(media).free


NO_ROOM = _(
    "Photos and files cannot be received at the moment: the server is short of space. You can "
    "continue without them and send your contribution; please try again later to add them."
)


def check_room_for_upload(size):
    """Raise ValidationError (code "uploads_full") when an upload of `size` bytes must not be
    taken: the disk is nearly full, or all pending uploads would pass their quota."""
    _purge_now_and_then()
    refused = ValidationError(NO_ROOM, code="uploads_full")
    try:
        if _free_bytes() - size < _setting("TOOLS_UPLOADS_MIN_FREE_BYTES", DEFAULT_MIN_FREE_BYTES):
            logger.warning("Upload refused: the disk holding MEDIA_ROOT is nearly full")
            raise refused
        quota = _setting("TOOLS_PENDING_UPLOADS_MAX_BYTES", DEFAULT_PENDING_MAX_BYTES)
        if pending_usage() + size > quota:
            purge_pending_uploads()
            if pending_usage() + size > quota:
                logger.warning("Upload refused: pending uploads have reached their quota")
                raise refused
    except OSError:
        logger.warning("Upload refused: the media folder cannot be read", exc_info=True)
        raise refused from None
