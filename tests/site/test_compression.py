"""Pages reach a browser that accepts gzip compressed; files and byte ranges pass untouched."""

import gzip
import io

import pytest
from django.http import FileResponse, HttpResponse

from icc_site.compression import is_compressible

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/council-checklist/lisbon/"


def test_a_page_is_sent_compressed_to_a_browser_that_accepts_gzip(client, home_page):
    plain = client.get("/en/")
    packed = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    html = gzip.decompress(packed.content)
    assert html.startswith(b"<!DOCTYPE html>")
    assert html == plain.content
    assert len(packed.content) < len(plain.content) / 2
    assert int(packed["Content-Length"]) == len(packed.content)


def test_every_page_says_it_varies_on_the_encoding_asked_for(client, home_page):
    """So that a shared cache never hands a compressed page to a client that cannot read it."""
    response = client.get("/en/")
    assert "Accept-Encoding" in response["Vary"]


def test_an_embedded_tool_with_its_form_is_compressed_and_still_works(client, lisbon_customisation):
    packed = client.get(EMBED, HTTP_ACCEPT_ENCODING="gzip")
    assert packed.status_code == 200
    assert packed["Content-Encoding"] == "gzip"
    html = gzip.decompress(packed.content).decode()
    assert "<form" in html
    assert "X-Frame-Options" not in packed


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=utf-8", "application/json", "text/csv; charset=utf-8", "text/plain"],
)
def test_text_made_per_request_is_compressible(content_type):
    assert is_compressible(HttpResponse("x", content_type=content_type))


@pytest.mark.parametrize(
    "content_type", ["image/jpeg", "font/woff2", "application/pdf", "text/css", ""]
)
def test_files_compressed_already_or_served_by_whitenoise_are_not(content_type):
    assert not is_compressible(HttpResponse(b"x", content_type=content_type))


def test_a_file_response_or_a_byte_range_is_not_compressed():
    """A download may be resumed by byte range: compressing would change the bytes counted."""
    download = FileResponse(io.BytesIO(b"a,b\n" * 100), content_type="text/csv")
    assert not is_compressible(download)
    partial = HttpResponse("a,b\n", content_type="text/csv", status=206)
    assert not is_compressible(partial)
