"""The open-data API's paging, the same on every endpoint."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

PAGED_ENDPOINTS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/practices/"]


@pytest.mark.parametrize("path", PAGED_ENDPOINTS)
@pytest.mark.parametrize("offset", ["1000", "99999999999999999999999999"])
def test_an_offset_past_the_end_gives_an_empty_page(client, home_page, path, offset):
    # Found by tests/security/test_fuzz.py: a huge offset overflowed SQLite's integer (a 500).
    response = client.get(path, {"offset": offset})

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["items"] == []
    assert data["meta"]["total_count"] < 1000


def test_a_search_paged_past_the_end_is_empty_too(client, home_page):
    response = client.get("/api/v2/pages/", {"search": "cities", "offset": "99999999999"})

    assert response.status_code == 200, response.content
    assert response.json()["items"] == []


@pytest.mark.parametrize("path", PAGED_ENDPOINTS)
def test_a_bad_offset_or_limit_is_explained(client, home_page, path):
    negative = client.get(path, {"offset": "-1"})
    too_many = client.get(path, {"limit": "101"})

    assert negative.status_code == too_many.status_code == 400
    assert negative.json() == {"message": "offset must be a positive integer"}
    assert too_many.json() == {"message": "limit cannot be higher than 100"}


def test_offsets_within_the_pages_still_page(client, french_home):
    everything = client.get("/api/v2/pages/").json()
    assert everything["meta"]["total_count"] >= 2

    second = client.get("/api/v2/pages/", {"offset": 1, "limit": 1}).json()["items"]

    assert [page["id"] for page in second] == [everything["items"][1]["id"]]
