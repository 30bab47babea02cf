"""What is not text is kept once per city and tool (`CityToolSettings`), for every language."""

import pytest
from django.urls import reverse

from icc_site.localize import publish_translation
from tests.helpers import soup_of
from tests.tools.test_embed import frame_ancestors
from tests.tools.test_permissions import viewset_for
from tools.models import CityToolSettings

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def lisbon_coordinator(coordinator_of, lisbon):
    return coordinator_of(lisbon)


@pytest.fixture
def lisbon_in_french(lisbon_customisation, locales):
    return publish_translation(
        lisbon_customisation,
        locales["fr"],
        {"Welcome to the tool.": "Bienvenue dans l'outil.", "Hello": "Bonjour"},
    )


def edit_form(client, url):
    """The edit form's current values, as the browser would send them back."""
    soup = soup_of(client.get(url), status=None)
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
    errors = soup_of(response, status=None).select(".error-message")
    assert response.status_code == 302, [error.get_text(" ", strip=True) for error in errors]


def test_origins_changed_in_english_reach_every_language_embed(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_customisation, allowed_origins="https://www.lisboa.pt")

    client.logout()
    for language in ("en", "fr"):
        response = client.get(f"/{language}/embed/throwaway/lisbon/")
        assert response.status_code == 200, language
        assert frame_ancestors(response) == ["'self'", "https://www.lisboa.pt"], language


def test_an_origin_removed_in_one_language_is_removed_in_all(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)
    publish_edit(
        client,
        lisbon_customisation,
        allowed_origins="https://www.lisboa.pt\nhttps://stolen.example",
    )

    publish_edit(client, lisbon_customisation, allowed_origins="https://www.lisboa.pt")

    client.logout()
    for language in ("en", "fr"):
        response = client.get(f"/{language}/embed/throwaway/lisbon/")
        assert "https://stolen.example" not in frame_ancestors(response), language
        refused = client.post(
            f"/{language}/embed/throwaway/lisbon/", HTTP_ORIGIN="https://stolen.example"
        )
        assert refused.status_code == 403, language


def test_colours_and_switching_off_apply_to_every_language(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_customisation, primary_colour="#224466")

    client.logout()
    for language in ("en", "fr"):
        soup = soup_of(client.get(f"/{language}/embed/throwaway/lisbon/"), status=None)
        assert "--tool-primary: #224466" in soup.select_one("main.tool")["style"], language

    client.force_login(lisbon_coordinator)
    publish_edit(client, lisbon_customisation, unticked=["enabled"])
    client.logout()
    for language in ("en", "fr"):
        assert client.get(f"/{language}/embed/throwaway/lisbon/").status_code == 404, language


def test_languages_offered_are_the_same_in_every_language(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_customisation, languages=["en"])

    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.offered_languages() == ["en"]
    client.logout()
    french = client.get("/fr/embed/throwaway/lisbon/")
    assert french.status_code in (302, 404)  # not served in French any more
    assert not french.get("Location", "").startswith("/fr/")
    assert client.get("/en/embed/throwaway/lisbon/").status_code == 200


def test_texts_stay_in_their_own_language(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)

    publish_edit(client, lisbon_customisation, allowed_origins="https://www.lisboa.pt")

    client.logout()
    french = soup_of(client.get("/fr/embed/throwaway/lisbon/"), status=None)
    english = soup_of(client.get("/en/embed/throwaway/lisbon/"), status=None)
    assert french.select_one(".tool__intro").get_text(strip=True) == "Bienvenue dans l'outil."
    assert english.select_one(".tool__intro").get_text(strip=True) == "Welcome to the tool."


def test_a_value_set_on_the_french_version_is_the_english_one_too(
    client, lisbon_customisation, lisbon_in_french
):
    lisbon_in_french.allowed_origins = ["https://www.lisboa.pt"]
    lisbon_in_french.save()

    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.allowed_origins == ["https://www.lisboa.pt"]
    assert frame_ancestors(client.get("/en/embed/throwaway/lisbon/")) == [
        "'self'",
        "https://www.lisboa.pt",
    ]


def test_one_record_per_city_and_tool(lisbon_customisation, lisbon_in_french, rijeka_customisation):
    assert CityToolSettings.objects.count() == 2
    record = CityToolSettings.objects.get(city_key=lisbon_customisation.city.translation_key)
    assert record.tool_slug == "throwaway"
    assert (
        lisbon_in_french.shared_settings.pk == lisbon_customisation.shared_settings.pk == record.pk
    )


def test_a_coordinator_cannot_change_another_city_record_through_a_form(
    client, lisbon_coordinator, lisbon_customisation, rijeka_customisation
):
    """Lisbon's coordinator posts Lisbon's form with Rijeka as the city: refused."""
    client.force_login(lisbon_coordinator)
    viewset = viewset_for(type(lisbon_customisation))
    url = reverse(f"{viewset.url_namespace}:edit", args=[lisbon_customisation.pk])
    data = {
        **edit_form(client, url),
        "city": rijeka_customisation.city.pk,
        "allowed_origins": "https://evil.example",
        "action-publish": "publish",
    }

    response = client.post(url, data)

    assert response.status_code == 200  # the form again, with an error on the city
    rijeka_customisation.refresh_from_db()
    assert rijeka_customisation.allowed_origins == ["https://rijeka.example"]
    assert lisbon_customisation.shared_settings.allowed_origins == ["https://www.city.example"]


def languages_url(customisation):
    namespace = viewset_for(type(customisation)).url_namespace
    return reverse(f"{namespace}:languages", args=[customisation.pk])


def states_shown(client, customisation):
    soup = soup_of(client.get(languages_url(customisation)), status=None)
    return {
        row["data-language"]: row.select_one(".tools-language__state").get_text(strip=True)
        for row in soup.select("tr.tools-language")
    }


def test_coordinator_sees_which_languages_are_out_of_date_and_syncs_them(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french, locales
):
    client.force_login(lisbon_coordinator)
    assert states_shown(client, lisbon_customisation)["fr"] == "Up to date"

    lisbon_customisation.intro = "<p>Welcome to the tool.</p><p>A new paragraph.</p>"
    lisbon_customisation.save_revision().publish()

    states = states_shown(client, lisbon_customisation)
    assert states["en"] == "Source language"
    assert states["fr"].startswith("Out of date")
    assert states_shown(client, lisbon_in_french)["fr"].startswith("Out of date")

    response = client.post(languages_url(lisbon_customisation), {"action": "sync"})

    assert response.status_code == 302
    assert states_shown(client, lisbon_customisation)["fr"] == "Texts left to translate"
    lisbon_in_french.refresh_from_db()
    assert lisbon_in_french.live and "A new paragraph" not in lisbon_in_french.intro


def test_coordinator_translates_into_a_missing_language_as_a_draft(
    client, lisbon_coordinator, lisbon_customisation, locales
):
    client.force_login(lisbon_coordinator)
    assert states_shown(client, lisbon_customisation)["fr"] == "Not translated"

    client.post(languages_url(lisbon_customisation), {"action": "translate", "locale": ["fr"]})

    french = lisbon_customisation.get_translation(locales["fr"])
    assert not french.live
    assert states_shown(client, lisbon_customisation)["fr"] == "Texts left to translate"


def test_another_city_coordinator_reaches_nothing_of_the_languages_screen(
    client, coordinator_of, rijeka, lisbon_customisation, lisbon_in_french, locales
):
    client.force_login(coordinator_of(rijeka))

    for customisation in (lisbon_customisation, lisbon_in_french):
        url = languages_url(customisation)
        page = client.get(url, follow=True)
        assert page.status_code == 404 and "Lisbon" not in page.content.decode()
        translate = client.post(url, {"action": "translate", "locale": ["de"]}, follow=True)
        assert translate.status_code == 404
        assert client.post(url, {"action": "sync"}, follow=True).status_code == 404
    assert lisbon_customisation.get_translation_or_none(locales["de"]) is None


def settings_form(client, customisation):
    soup = soup_of(client.get(languages_url(customisation)), status=None)
    form = soup.select_one("form input[name=action][value=settings]").find_parent("form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.name == "textarea":
            data[field["name"]] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[field["name"]] = chosen["value"] if chosen else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data.setdefault(field["name"], []).append(field.get("value", "on"))
        else:
            data[field["name"]] = field.get("value", "")
    return data


def test_origins_changed_on_the_french_version_reach_every_language_embed(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)
    data = settings_form(client, lisbon_in_french)
    assert data["shared-allowed_origins"].strip() == "https://www.city.example"
    data["shared-allowed_origins"] = "https://www.lisboa.pt"

    response = client.post(languages_url(lisbon_in_french), data)

    assert response.status_code == 302
    client.logout()
    for language in ("en", "fr"):
        response = client.get(f"/{language}/embed/throwaway/lisbon/")
        assert frame_ancestors(response) == ["'self'", "https://www.lisboa.pt"], language


def test_a_bad_origin_on_the_languages_screen_is_explained_and_changes_nothing(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)
    data = settings_form(client, lisbon_in_french)
    data["shared-allowed_origins"] = "lisboa.pt/page"

    response = client.post(languages_url(lisbon_in_french), data)

    assert response.status_code == 200
    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.allowed_origins == ["https://www.city.example"]


def test_another_city_coordinator_cannot_change_lisbon_shared_settings(
    client, coordinator_of, rijeka, lisbon_customisation, lisbon_in_french
):
    client.force_login(coordinator_of(rijeka))
    data = {
        "action": "settings",
        "shared-enabled": "on",
        "shared-languages": ["en"],
        "shared-primary_colour": "#000000",
        "shared-secondary_colour": "#000000",
        "shared-allowed_origins": "https://evil.example",
    }

    for customisation in (lisbon_customisation, lisbon_in_french):
        response = client.post(languages_url(customisation), data, follow=True)
        assert response.status_code == 404

    lisbon_customisation.refresh_from_db()
    assert lisbon_customisation.allowed_origins == ["https://www.city.example"]


def test_every_language_version_links_to_its_languages_screen_from_the_listing(
    client, lisbon_coordinator, lisbon_customisation, lisbon_in_french
):
    client.force_login(lisbon_coordinator)
    namespace = viewset_for(type(lisbon_customisation)).url_namespace

    listing = client.get(reverse(f"{namespace}:list")).content.decode()

    for customisation in (lisbon_customisation, lisbon_in_french):
        assert languages_url(customisation) in listing
