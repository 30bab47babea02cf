"""The contribution form end to end, with the test client and no cookie at all."""

import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from heritage_mapping.models import HeritageItem, ItemPhoto
from heritage_mapping.photos import PENDING_DIR
from heritage_mapping.vocabulary import Status
from tests.helpers import soup_of
from tests.heritage_mapping.conftest import OUTSIDE
from tests.heritage_mapping.flow import (
    ABOUT,
    ORIGIN,
    contribute_url,
    form_state,
    post_step,
    run_to,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(mouraria):
    return contribute_url(mouraria)


def send(client, url, response, origin=ORIGIN):
    """Send the review step."""
    return post_step(client, url, response, {}, origin=origin)


def test_resident_with_javascript_adds_a_point_and_a_photo_without_cookies(
    client, url, gps_jpeg, media_root
):
    photo = SimpleUploadedFile("market.jpg", gps_jpeg, content_type="image/jpeg")
    review = run_to(
        client,
        url,
        "review",
        photos={"photo_1": photo},
        about={**ABOUT, "contributor_name": "Maria", "name_consent": "on"},
    )
    # Photos step also sends a description: check the review mentions one photo.
    assert form_state(review)[1] == "review"

    response = send(client, url, review)

    assert response.status_code == 303
    assert response["Location"] == "/en/embed/heritage-map/lisbon/mouraria/thanks/"
    assert not client.cookies, "the flow must not rely on any cookie"
    item = HeritageItem.objects.get()
    assert item.status == Status.PENDING
    assert (item.latitude, item.longitude) == (38.7157, -9.1366)
    assert item.contributor_name == "Maria"
    assert [c.slug for c in item.communities.all()] == ["cape-verdean"]
    stored = ItemPhoto.objects.get(item=item)
    assert stored.image.name.startswith("heritage_mapping/photos/")
    assert "market" not in stored.image.name  # an unguessable name, not the resident's
    with Image.open(stored.image.path) as image:
        assert image.format == "JPEG"
        assert not image.getexif(), "EXIF (GPS, camera) must be stripped"
        assert "exif" not in image.info
    # The pending copy is gone once the item is stored.
    pending = Path(media_root) / PENDING_DIR
    assert not pending.exists() or not any(pending.iterdir())


def test_resident_without_javascript_gives_a_place_name(client, url):
    review = run_to(
        client, url, "review", where={"latitude": "", "longitude": "", "place_name": "Rua X 12"}
    )

    send(client, url, review)

    item = HeritageItem.objects.get()
    assert item.place_name == "Rua X 12"
    assert not item.is_located
    assert item.status == Status.PENDING


def test_a_point_outside_the_area_is_refused_and_what_was_typed_stays(client, url):
    where = run_to(client, url, "where")

    response = post_step(
        client,
        url,
        where,
        {"latitude": str(OUTSIDE[0]), "longitude": str(OUTSIDE[1]), "place_name": "By the river"},
    )

    assert form_state(response)[1] == "where"
    text = response.content.decode()
    assert "outside the area of “Mouraria”" in text
    soup = soup_of(response, status=None)
    assert soup.find("input", attrs={"name": "where-latitude"})["value"] == str(OUTSIDE[0])
    assert soup.find("input", attrs={"name": "where-place_name"})["value"] == "By the river"
    assert soup.select_one("[role=alert]")


def test_nothing_typed_is_lost_when_a_required_text_is_missing(client, url):
    first = client.get(url)

    response = post_step(client, url, first, {"title": "Fado evenings", "description": ""})

    soup = soup_of(response, status=None)
    assert soup.find("input", attrs={"name": "what-title"})["value"] == "Fado evenings"
    assert soup.select_one("#form-errors")


def test_back_keeps_the_answers_of_both_steps(client, url):
    communities = run_to(client, url, "communities")

    back = post_step(
        client, url, communities, {"why_it_matters": "Half written", "wizard_goto_step": "what"}
    )
    assert form_state(back)[1] == "what"
    assert "Sunday cachupa" in back.content.decode()
    forward = post_step(client, url, back, {**{"title": "Sunday cachupa"}, **_what_rest()})
    assert "Half written" in forward.content.decode()


def _what_rest():
    return {"description": "A stew.", "category": "food"}


def test_texts_are_bounded(client, url):
    first = client.get(url)

    response = post_step(client, url, first, {"title": "x" * 500, **_what_rest()})

    assert form_state(response)[1] == "what"
    assert "at most 120 characters" in response.content.decode()


def test_markup_typed_by_a_resident_is_escaped_on_the_review(client, url):
    review = run_to(client, url, "review")

    assert "&lt;b&gt;shared&lt;/b&gt;" in review.content.decode()
    assert "<b>shared</b>" not in review.content.decode()


def test_a_name_is_kept_only_with_consent(client, url):
    about = run_to(client, url, "about")

    response = post_step(client, url, about, {**ABOUT, "contributor_name": "Maria"})

    assert form_state(response)[1] == "about"
    assert "Tick the box to publish your name" in response.content.decode()


def test_a_file_that_is_not_an_image_is_refused_with_a_clear_message(client, url):
    photos = run_to(client, url, "photos")
    fake = SimpleUploadedFile("photo.jpg", b"<?php echo 1; ?>", content_type="image/jpeg")

    response = post_step(client, url, photos, {}, files={"photo_1": fake})

    assert form_state(response)[1] == "photos"
    assert "not a photo we can read" in response.content.decode()


def test_a_photo_over_the_size_limit_is_refused(client, url, settings, monkeypatch):
    monkeypatch.setattr("heritage_mapping.photos.MAX_PHOTO_BYTES", 1000)
    image = io.BytesIO()
    # Noise does not compress: the file is far over the (lowered) limit.
    Image.frombytes("RGB", (100, 100), os.urandom(30000)).save(image, format="PNG")
    photos = run_to(client, url, "photos")

    response = post_step(
        client,
        url,
        photos,
        {},
        files={"photo_1": SimpleUploadedFile("big.png", image.getvalue(), "image/png")},
    )

    assert "too large" in response.content.decode()


def test_the_same_final_form_sent_twice_is_stored_once(client, url):
    review = run_to(client, url, "review")

    first = send(client, url, review)
    again = send(client, url, review)

    assert first.status_code == 303
    assert again.status_code == 409
    assert HeritageItem.objects.count() == 1


def test_a_forged_state_is_refused(client, url):
    review = run_to(client, url, "review")
    token, step = form_state(review)

    response = client.post(
        url,
        {"tool_state": token[:-3] + "abc", "contribution-current_step": step},
        HTTP_ORIGIN=ORIGIN,
    )

    assert response.status_code == 400
    assert HeritageItem.objects.count() == 0


def test_a_post_from_an_origin_the_city_did_not_list_is_refused(client, url):
    review = run_to(client, url, "review")

    response = send(client, url, review, origin="https://evil.example")

    assert response.status_code == 403
    assert HeritageItem.objects.count() == 0


def test_a_post_from_an_allowed_embedding_site_is_accepted(client, url):
    review = run_to(client, url, "review")

    response = send(client, url, review, origin="https://www.lisboa.example")

    assert response.status_code == 303


def test_a_team_only_project_asks_for_the_team_code(client, mouraria):
    mouraria.submissions = "team"
    mouraria.team_code = "azulejo"
    mouraria.save()
    url = contribute_url(mouraria)
    first = client.get(url)

    wrong = post_step(client, url, first, {"title": "T", **_what_rest(), "team_code": "nope"})
    right = post_step(client, url, wrong, {"title": "T", **_what_rest(), "team_code": "azulejo"})

    assert "not the team" in wrong.content.decode()
    assert form_state(right)[1] == "communities"


def test_closed_projects_take_no_contribution(client, mouraria):
    mouraria.submissions = "closed"
    mouraria.save()

    response = client.get(contribute_url(mouraria))

    assert "Contributions are closed" in response.content.decode()
    assert "contribution-current_step" not in response.content.decode()


def test_a_removed_photo_is_not_stored(client, url, gps_jpeg):
    photo = SimpleUploadedFile("a.jpg", gps_jpeg, content_type="image/jpeg")
    about = run_to(client, url, "about", photos={"photo_1": photo})
    photos = post_step(client, url, about, {"wizard_goto_step": "photos"})
    assert "A photo is attached" in photos.content.decode()

    about = post_step(client, url, photos, {"remove_1": "on"})
    review = post_step(client, url, about, ABOUT)
    send(client, url, review)

    assert ItemPhoto.objects.count() == 0


def test_french_residents_get_the_form_in_french(client, mouraria):
    response = client.get(contribute_url(mouraria, language="fr"))

    assert response.status_code == 200
    assert "Étape 1 sur 7" in response.content.decode()
