"""Residents' photos: checked to be real images, bounded, re-encoded without metadata.

Re-encoding with Pillow keeps the pixels only: EXIF (with its GPS position, camera serial and
date), XMP and IPTC blocks are not copied into the new JPEG. The orientation EXIF carried is
applied to the pixels first, so the photo still stands the right way up.

Between the steps of the contribution form a photo waits as a *pending* file under
MEDIA_ROOT/heritage_mapping/pending/ with an unguessable name, which the signed form state
carries (no session in a cross-site iframe). `purge_pending_photos()` removes the ones left
behind by residents who never finished (the `purge_heritage_pending_photos` command).
"""

import io
import math
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

__all__ = [
    "MAX_OTHER_PIXELS",
    "MAX_PHOTO_BYTES",
    "MAX_PHOTO_PIXELS",
    "MAX_PHOTO_SIDE",
    "PENDING_DIR",
    "pending_storage",
    "purge_pending_photos",
    "purge_pending_photos_before",
    "sanitise_photo",
]

#: The largest upload accepted (bytes).
MAX_PHOTO_BYTES = 8 * 1024 * 1024
#: Larger images are refused before decoding, with a message that names both numbers: a
#: decompression bomb, or a 40-megapixel photo that would take about 450 MB of one worker to
#: decode. Phones take 12 to 24 megapixels by default.
MAX_PHOTO_PIXELS = 25_000_000
#: Other formats (PNG, WebP, GIF) cannot be decoded at a reduced scale: a lower bound. An RGBA
#: image of 12 megapixels takes 48 MB while it is scaled down.
MAX_OTHER_PIXELS = 12_000_000
#: Stored photos are scaled down to fit this many pixels on their longest side.
MAX_PHOTO_SIDE = 1600
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
PENDING_DIR = "heritage_mapping/pending"


def pending_storage():
    """Where photos wait between the steps (read from settings at call time)."""
    return FileSystemStorage(location=Path(settings.MEDIA_ROOT) / PENDING_DIR, base_url=None)


def new_photo_name():
    """An unguessable file name: knowing one photo's name tells nothing of another's."""
    return f"{secrets.token_urlsafe(24)}.jpg"


def sanitise_photo(upload):
    """A clean JPEG (InMemoryUploadedFile) made from `upload`, or ValidationError.

    Refuses files that are too large, that Pillow cannot identify as an image of an accepted
    format, or whose pixel count would be a decompression bomb.
    """
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("This photo is too large (%(size)s MB). The limit is %(limit)s MB.")
            % {"size": round(upload.size / 1024 / 1024, 1), "limit": MAX_PHOTO_BYTES // 1048576},
            code="photo_too_large",
        )
    not_an_image = ValidationError(
        _("This file is not a photo we can read. Send a JPEG, PNG, WebP or GIF image."),
        code="photo_invalid",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()  # structure check without decoding every pixel
        if image_format not in ACCEPTED_FORMATS:
            raise not_an_image
        limit = MAX_PHOTO_PIXELS if image_format == "JPEG" else MAX_OTHER_PIXELS
        if width * height > limit:
            raise ValidationError(
                _(
                    "This photo has %(pixels)s megapixels; the limit is %(limit)s. Send a "
                    "smaller version (your phone or computer can resize it)."
                )
                % {
                    "pixels": round(width * height / 1_000_000),
                    "limit": limit // 1_000_000,
                },
                code="photo_too_many_pixels",
            )
        upload.seek(0)
        with Image.open(upload) as image:
            # A JPEG is decoded at the smallest scale (1/2, 1/4, 1/8) that still covers the
            # stored size, so memory follows the stored photo, not the camera.
            scale = MAX_PHOTO_SIDE / max(width, height)
            if scale < 1:
                image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
            image.load()
            if image.mode in ("1", "P"):  # compact modes: scaled well only once converted
                image = image.convert("RGB")
            # Scaled down first, so that the copies made below are of the small image.
            image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
            image = ImageOps.exif_transpose(image)  # keep the orientation, drop the EXIF
            image = image.convert("RGB")
            output = io.BytesIO()
            # No exif=, no icc_profile=: the new file carries pixels only.
            image.save(output, format="JPEG", quality=85, optimize=True)
            size = image.size
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise not_an_image from None
    output.seek(0)
    clean = InMemoryUploadedFile(
        output,
        field_name=getattr(upload, "field_name", None),
        name=new_photo_name(),
        content_type="image/jpeg",
        size=output.getbuffer().nbytes,
        charset=None,
    )
    clean.image_size = size
    return clean


def purge_pending_photos(max_age_seconds):
    """Delete pending photos older than `max_age_seconds` (their form state has expired too).

    Returns the number of files deleted.
    """
    folder = Path(settings.MEDIA_ROOT) / PENDING_DIR
    if not folder.is_dir():
        return 0
    cutoff = time.time() - max_age_seconds
    deleted = 0
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            deleted += 1
    return deleted


def purge_pending_photos_before(before):
    """`purge_pending_photos()` with a cut-off datetime (tools.privacy)."""
    return purge_pending_photos(max(0, time.time() - before.timestamp()))


def delete_photo_file(sender, instance, **kwargs):
    """post_delete of ItemPhoto: remove the file with its row."""
    if instance.image:
        instance.image.delete(save=False)
