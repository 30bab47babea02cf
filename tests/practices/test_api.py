"""The open-data practices endpoint: /api/v2/practices/ and its filters."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def test_endpoint_lists_practices_only(client, known_practices, home_page):
    data = client.get("/api/v2/practices/").json()
    assert data["meta"]["total_count"] == 5
    assert {item["meta"]["type"] for item in data["items"]} == {"practices.PracticePage"}


def test_listing_shows_city_country_period_and_topics(client, known_practices):
    items = client.get("/api/v2/practices/?city=cascais").json()["items"]
    assert len(items) == 1
    practice = items[0]
    assert practice["city"]["slug"] == "cascais"
    assert practice["country"] == "Portugal"
    assert (practice["start_year"], practice["end_year"], practice["ongoing"]) == (
        2017,
        None,
        True,
    )
    assert practice["topics"] == [
        {"slug": "anti-rumours", "name": "Anti-rumours"},
        {"slug": "education", "name": "Education"},
    ]


def test_topic_filter(client, known_practices):
    assert titles(client.get("/api/v2/practices/?topic=education")) == [
        "Cascais rumours",
        "Lisbon schools",
    ]


def test_country_and_year_filters_combine(client, known_practices):
    response = client.get("/api/v2/practices/?country=Portugal&year=2018")
    assert titles(response) == ["Cascais rumours", "Marvila housing"]


def test_city_filter_uses_the_slug(client, known_practices):
    assert titles(client.get("/api/v2/practices/?city=oslo")) == ["Oslo rights", "Oslo rumours"]


def test_locale_filter(client, french_practices):
    assert titles(client.get("/api/v2/practices/?locale=fr")) == ["Logement à Marvila"]


def test_french_practice_topics_are_named_in_french(client, french_practices):
    items = client.get("/api/v2/practices/?locale=fr").json()["items"]
    assert items[0]["topics"][0] == {"slug": "housing", "name": "Logement"}


def test_search_combines_with_filters(client, known_practices):
    assert titles(client.get("/api/v2/practices/?search=rumours&country=Norway")) == [
        "Oslo rumours"
    ]


def test_detail_has_the_full_description(client, known_practices):
    practice = known_practices["marvila"]
    data = client.get(f"/api/v2/practices/{practice.pk}/").json()
    assert "Bring residents" in data["purpose"]


def test_year_that_is_not_a_number_is_a_clear_400(client, known_practices):
    response = client.get("/api/v2/practices/?year=abc")
    assert response.status_code == 400
    assert "year must be a whole number" in response.json()["message"]


def test_unknown_locale_is_a_400(client, known_practices):
    response = client.get("/api/v2/practices/?locale=xx")
    assert response.status_code == 400
    assert "unknown locale" in response.json()["message"]


def test_unknown_parameter_is_a_400(client, known_practices):
    assert client.get("/api/v2/practices/?colour=blue").status_code == 400


def test_unknown_topic_gives_an_empty_list(client, known_practices):
    assert titles(client.get("/api/v2/practices/?topic=no-such-topic")) == []
