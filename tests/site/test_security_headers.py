"""Security headers on every response, and framing refused except on embed routes."""

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

EMBED = "/en/embed/council-checklist/lisbon/"
LISTED_ORIGIN = "http://localhost:8001"  # the origin the lisbon_customisation fixture lists


def frame_ancestors(response):
    for directive in response["Content-Security-Policy"].split(";"):
        name, _sep, sources = directive.strip().partition(" ")
        if name == "frame-ancestors":
            return sources.split()
    return None


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


@pytest.mark.parametrize(
    "url", ["/en/", "/en/search/?query=city", "/admin/login/", "/api/v2/pages/"]
)
def test_every_response_carries_the_security_headers(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_common_headers(response)
    assert "object-src 'none'" in response["Content-Security-Policy"]


def test_a_not_found_page_carries_them_too(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert_common_headers(response)


def test_public_pages_refuse_to_be_framed_by_other_sites(client, home_page):
    response = client.get("/en/")
    assert response["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == ["'self'"]


def test_embed_routes_may_be_framed_only_by_the_citys_listed_origins(client, lisbon_customisation):
    response = client.get(EMBED)
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == ["'self'", LISTED_ORIGIN]
    assert_common_headers(response)


def test_a_cached_page_keeps_its_framing_and_security_headers(client, home_page, page_cache_on):
    client.get("/en/")
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "hit"
    assert response["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == ["'self'"]
    assert_common_headers(response)


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts_when_production_sets_it(client, home_page):
    response = client.get("/en/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
