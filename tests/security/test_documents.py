"""Documents are served through Wagtail's view as inert downloads: an uploaded HTML or SVG file
never runs script on the site."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db

SCRIPT = b"<script>document.title='owned'</script>"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def upload(name, content):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(content), save=True)
    return document


@pytest.mark.parametrize(
    "name, content",
    [
        ("page.html", b"<html><body>" + SCRIPT + b"</body></html>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg">' + SCRIPT + b"</svg>"),
        ("notes.txt", SCRIPT),
    ],
)
def test_a_document_that_could_hold_script_is_a_sandboxed_download(client, name, content):
    response = client.get(upload(name, content).url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy


def test_a_pdf_opens_in_the_browser_but_sandboxed(client):
    response = client.get(upload("report.pdf", b"%PDF-1.4\n%%EOF\n").url)
    assert response["Content-Disposition"].startswith("inline")
    assert "sandbox" in response["Content-Security-Policy"]


def test_documents_are_served_through_wagtails_view(settings, client):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    document = upload("a.csv", b"a,b\n1,2\n")
    assert document.url.startswith("/documents/")
    assert b"".join(client.get(document.url).streaming_content) == b"a,b\n1,2\n"


def test_html_and_svg_cannot_be_uploaded_by_editors(settings):
    assert not {"html", "htm", "svg", "xhtml", "js"} & set(settings.WAGTAILDOCS_EXTENSIONS)
