"""The editors' screens: the questionnaire snippets and the network screen, which a city's
coordinator cannot open (it shows every city's rounds)."""

import pytest

pytestmark = pytest.mark.django_db

NETWORK = "/admin/intercultural-index-network/"


def test_editors_maintain_the_questionnaire_in_the_admin(client, editor, editions):
    client.force_login(editor)

    for model in ("edition", "area", "indicator", "question"):
        response = client.get(f"/admin/snippets/intercultural_index/{model}/")
        assert response.status_code == 200, model
    listing = client.get("/admin/snippets/intercultural_index/indicator/").content.decode()
    assert "schools" in listing and "parents" in listing


def test_a_coordinator_cannot_open_the_network_screen_or_its_exports(
    client, make_network, coordinator_of
):
    city = make_network([("Lisbon", "yes")])["Lisbon"]
    client.force_login(coordinator_of(city))

    for path in ("", "rounds.csv", "rounds.xlsx"):
        response = client.get(f"{NETWORK}{path}")
        # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
        assert (response.status_code, response.get("Location")) == (302, "/admin/"), path
    assert client.get("/admin/snippets/intercultural_index/question/").status_code == 302


def test_the_embed_may_be_framed_only_by_the_city_and_this_site(client, make_network):
    make_network([("Lisbon", "yes")])

    response = client.get("/en/embed/intercultural-index/lisbon/")

    assert response.status_code == 200
    assert "frame-ancestors" in response["Content-Security-Policy"]
