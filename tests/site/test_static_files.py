"""Static files under the production settings: hashed names, compressed, served by WhiteNoise."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# The admin's and the vendors' files are left out: collecting them takes half a minute, and the
# public pages this test renders do not use them.
NOT_NEEDED = ["wagtail*", "admin", "rest_framework", "vendor", "wagtailgeowidget"]


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=NOT_NEEDED)
    return root


@pytest.fixture
def production_static(static_root, settings):
    settings.STATIC_ROOT = static_root
    settings.STORAGES = PRODUCTION_STORAGES
    return static_root


def test_production_uses_the_compressed_manifest_storage():
    from tests.site.conftest import production_settings

    storages = production_settings("STORAGES")["STORAGES"]
    assert storages["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_a_page_links_its_stylesheet_by_a_hashed_name(client, home_page, production_static):
    response = client.get("/en/")
    match = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', response.text)
    assert match, "the site stylesheet is not linked by a hashed name"
    hashed = match[1].removeprefix("/static/")
    assert (production_static / hashed).exists()
    assert (production_static / f"{hashed}.gz").exists()


def test_whitenoise_serves_hashed_files_compressed_and_cached_for_ever(
    client, home_page, production_static
):
    url = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', client.get("/en/").text)[1]
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
