"""Oversized bodies are refused with 413 before anything reads them."""

import io

import pytest
from django.test import RequestFactory

from icc_site.limits import RequestBodyLimitMiddleware
from tests.security.conftest import REPORT, SITE


class UnreadableBody(io.BytesIO):
    def read(self, *args, **kwargs):
        raise AssertionError("the body was read")

    readline = read


def middleware_response(**meta):
    request = RequestFactory().post("/en/embed/x/y/", data=b"", content_type="text/plain")
    request.META.update(meta)
    request.META["wsgi.input"] = UnreadableBody()
    return RequestBodyLimitMiddleware(lambda request: "passed on")(request)


def test_a_huge_upload_is_refused_unread(settings):
    response = middleware_response(
        CONTENT_TYPE="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(settings.REQUEST_BODY_MAX_BYTES + 1),
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_a_large_form_without_files_is_refused_unread(settings):
    response = middleware_response(
        CONTENT_TYPE="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1),
    )
    assert response.status_code == 413


def test_a_photo_upload_within_the_limit_passes():
    assert (
        middleware_response(
            CONTENT_TYPE="multipart/form-data; boundary=x", CONTENT_LENGTH=str(20 * 1024 * 1024)
        )
        == "passed on"
    )


@pytest.mark.parametrize("length", ["abc", "-5", "1e9"])
def test_a_malformed_content_length_is_a_400(length):
    assert middleware_response(CONTENT_LENGTH=length).status_code == 400


@pytest.mark.django_db
def test_the_site_answers_413_to_an_oversized_post(client, bilbao_customisation, settings):
    body = b"text=" + b"a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
    response = client.generic(
        "POST", REPORT, body, "application/x-www-form-urlencoded", HTTP_ORIGIN=SITE
    )
    assert response.status_code == 413
