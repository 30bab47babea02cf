"""Photo decoding is bounded in pixels and memory: a 40-megapixel photo is refused with a
message that says what to do, and a large JPEG is decoded at a reduced scale."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile

from heritage_mapping.photos import MAX_PHOTO_SIDE, sanitise_photo
from tests.heritage_mapping.flow import contribute_url, post_step, run_to

pytestmark = pytest.mark.django_db


def png_of(width, height):
    """A real PNG of `width` x `height` pixels, small on disk (1 bit, all black)."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def forty_megapixels():
    """A camera-sized JPEG: 8000 x 5000 pixels (grey, so that it is quick to make)."""
    buffer = io.BytesIO()
    Image.new("L", (8000, 5000), 128).save(buffer, "JPEG", quality=50)
    return SimpleUploadedFile("big.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_a_40_megapixel_photo_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as refused:
        sanitise_photo(forty_megapixels())

    assert refused.value.messages == [
        "This photo has 40 megapixels; the limit is 25. Send a smaller version "
        "(your phone or computer can resize it)."
    ]


def test_a_large_png_is_refused_sooner_as_it_cannot_be_decoded_at_a_smaller_scale():
    with pytest.raises(ValidationError) as refused:
        sanitise_photo(SimpleUploadedFile("shot.png", png_of(4000, 4000)))

    assert "This photo has 16 megapixels; the limit is 12." in refused.value.messages[0]


def test_the_resident_sees_the_message_on_the_photos_step(client, mouraria):
    url = contribute_url(mouraria)
    photos = run_to(client, url, "photos")

    response = post_step(client, url, photos, {}, files={"photo_1": forty_megapixels()})

    assert response.status_code == 200
    assert "This photo has 40 megapixels; the limit is 25." in response.content.decode()


def test_a_large_jpeg_is_decoded_at_a_reduced_scale(monkeypatch):
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (120, 80, 40)).save(buffer, "JPEG", quality=70)
    decoded = []
    original_load = ImageFile.ImageFile.load

    def recording_load(image):
        decoded.append(image.size)
        return original_load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", recording_load)

    clean = sanitise_photo(SimpleUploadedFile("big.jpg", buffer.getvalue()))

    assert clean.image_size == (MAX_PHOTO_SIDE, 1200)
    # Decoded at half scale: a quarter of the memory of the full 12 megapixels.
    assert max(width * height for width, height in decoded) <= 2000 * 1500


def test_an_editor_uploading_a_40_megapixel_image_is_told_why(client, django_user_model):
    from wagtail.images.models import Image as WagtailImage

    client.force_login(django_user_model.objects.create_superuser("chief", password="pw"))

    response = client.post("/admin/images/add/", {"title": "Big", "file": forty_megapixels()})

    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not WagtailImage.objects.exists()
