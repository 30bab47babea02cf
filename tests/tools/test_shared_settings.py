"""What is not text is kept once per city and tool (`CityToolSettings`), for every language."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.localize import publish_translation
from tests.tools.test_embed import frame_ancestors
from tests.tools.test_permissions import viewset_for
from tools.models import CityToolSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def lisbon_coordinator(coordinator_of, lisbon):
    return coordinator_of(lisbon)


@pytest.fixture
def lisbon_in_french(lisbon_tool, locales):
    return publish_translation(
        lisbon_tool, locales["fr"], {"Welcome to the tool.": "Bienvenue dans l'outil."}
    )


def edit_form(client, url):
    """The edit form's current values, as the browser would send them back."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = soup.select_one(f"form[action='{url}']")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button"):
            data[name] = field.get("value", "")
    return data


def publish_edit(client, customisation, unticked=(), **changes):
    """Publish the customisation's edit form with `changes` and the `unticked` boxes off."""
    viewset = viewset_for(type(customisation))
    url = reverse(f"{viewset.url_namespace}:edit", args=[customisation.pk])
    data = {**edit_form(client, url), **changes, "action-publish": "publish"}
    for name in unticked:
        data.pop(name, None)
    response = client.post(url, data)
    errors = BeautifulSoup(response.content, "html.parser").select(".error-message")
    assert response.status_code == 302, [error.get_text(" ", strip=True) for error in errors]


def test_origins_changed_in_english_reach_every_language_embed(
    client, lisbon_coordinator, lisbon_tool, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_tool, allowed_origins="https://www.lisboa.pt")

    client.logout()
    for language in ("en", "fr"):
        response = client.get(f"/{language}/embed/throwaway/lisbon/")
        assert response.status_code == 200, language
        assert frame_ancestors(response) == ["'self'", "https://www.lisboa.pt"], language


def test_an_origin_removed_in_one_language_is_removed_in_all(
    client, lisbon_coordinator, lisbon_tool, lisbon_in_french
):
    client.force_login(lisbon_coordinator)
    publish_edit(
        client, lisbon_tool, allowed_origins="https://www.lisboa.pt\nhttps://stolen.example"
    )

    publish_edit(client, lisbon_tool, allowed_origins="https://www.lisboa.pt")

    client.logout()
    for language in ("en", "fr"):
        response = client.get(f"/{language}/embed/throwaway/lisbon/")
        assert "https://stolen.example" not in frame_ancestors(response), language
        refused = client.post(
            f"/{language}/embed/throwaway/lisbon/", HTTP_ORIGIN="https://stolen.example"
        )
        assert refused.status_code == 403, language


def test_colours_and_switching_off_apply_to_every_language(
    client, lisbon_coordinator, lisbon_tool, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_tool, primary_colour="#224466")

    client.logout()
    for language in ("en", "fr"):
        soup = BeautifulSoup(
            client.get(f"/{language}/embed/throwaway/lisbon/").content, "html.parser"
        )
        assert "--tool-primary: #224466" in soup.select_one("main.tool")["style"], language

    client.force_login(lisbon_coordinator)
    publish_edit(client, lisbon_tool, unticked=["enabled"])
    client.logout()
    for language in ("en", "fr"):
        assert client.get(f"/{language}/embed/throwaway/lisbon/").status_code == 404, language


def test_languages_offered_are_the_same_in_every_language(
    client, lisbon_coordinator, lisbon_tool, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_tool, languages=["en"])

    lisbon_tool.refresh_from_db()
    assert lisbon_tool.offered_languages() == ["en"]
    client.logout()
    french = client.get("/fr/embed/throwaway/lisbon/")
    assert french.status_code in (302, 404)  # not served in French any more
    assert not french.get("Location", "").startswith("/fr/")
    assert client.get("/en/embed/throwaway/lisbon/").status_code == 200


def test_texts_stay_in_their_own_language(
    client, lisbon_coordinator, lisbon_tool, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_tool, allowed_origins="https://www.lisboa.pt")

    client.logout()
    french = BeautifulSoup(client.get("/fr/embed/throwaway/lisbon/").content, "html.parser")
    english = BeautifulSoup(client.get("/en/embed/throwaway/lisbon/").content, "html.parser")
    assert french.select_one(".tool__intro").get_text(strip=True) == "Bienvenue dans l'outil."
    assert english.select_one(".tool__intro").get_text(strip=True) == "Welcome to the tool."


def test_a_value_set_on_the_french_version_is_the_english_one_too(
    client, lisbon_tool, lisbon_in_french
):
    lisbon_in_french.allowed_origins = ["https://www.lisboa.pt"]
    lisbon_in_french.save()

    lisbon_tool.refresh_from_db()
    assert lisbon_tool.allowed_origins == ["https://www.lisboa.pt"]
    assert frame_ancestors(client.get("/en/embed/throwaway/lisbon/")) == [
        "'self'",
        "https://www.lisboa.pt",
    ]


def test_one_record_per_city_and_tool(lisbon_tool, lisbon_in_french, rijeka_tool):
    assert CityToolSettings.objects.count() == 2
    record = CityToolSettings.objects.get(city_key=lisbon_tool.city.translation_key)
    assert record.tool_slug == "throwaway"
    assert lisbon_in_french.shared_settings.pk == lisbon_tool.shared_settings.pk == record.pk


def test_a_coordinator_cannot_change_another_city_record_through_a_form(
    client, lisbon_coordinator, lisbon_tool, rijeka_tool
):
    """Lisbon's coordinator posts Lisbon's form with Rijeka as the city: refused."""
    client.force_login(lisbon_coordinator)
    viewset = viewset_for(type(lisbon_tool))
    url = reverse(f"{viewset.url_namespace}:edit", args=[lisbon_tool.pk])
    data = {
        **edit_form(client, url),
        "city": rijeka_tool.city.pk,
        "allowed_origins": "https://evil.example",
        "action-publish": "publish",
    }

    response = client.post(url, data)

    assert response.status_code == 200  # the form again, with an error on the city
    rijeka_tool.refresh_from_db()
    assert rijeka_tool.allowed_origins == ["https://rijeka.example"]
    assert lisbon_tool.shared_settings.allowed_origins == ["https://www.city.example"]
