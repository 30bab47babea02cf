"""The "Tools" admin: editing a customisation, previewing it, and handing out its embed code."""

import pytest
from django.urls import reverse

from tests.helpers import soup_of
from tests.tools.test_coordinator_home import sidebar_menu
from tools.viewsets import tools_group

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def namespace(model):
    return next(
        item.url_namespace
        for item in tools_group.registerables
        if getattr(item, "model", None) is model
    )


def form_data(city, **overrides):
    data = {
        "city": city.pk,
        "enabled": "on",
        "languages": ["en", "fr"],
        "contact_link": "",
        "primary_colour": "#1d4f91",
        "secondary_colour": "#f2a900",
        "allowed_origins": "https://www.lisboa.pt\nhttp://localhost:8001",
        "greeting": "Olá",
    }
    data.update(overrides)
    return data


def test_tools_menu_groups_the_tool_types(admin_client):
    # The sidebar is drawn by JavaScript from JSON in the page: a submenu per tool app.
    menu = sidebar_menu(admin_client.get("/admin/"))
    assert ["Throwaway tool"] in menu.values()
    assert "City coordinators" in menu


def test_coordinator_creates_a_draft_then_publishes(admin_client, lisbon, throwaway_model):
    url = reverse(f"{namespace(throwaway_model)}:add") + "?locale=en"

    response = admin_client.post(url, form_data(lisbon))

    assert response.status_code == 302
    customisation = throwaway_model.objects.get(city=lisbon)
    assert not customisation.live
    assert customisation.allowed_origins == ["https://www.lisboa.pt", "http://localhost:8001"]
    edit = reverse(f"{namespace(throwaway_model)}:edit", args=[customisation.pk])
    response = admin_client.post(edit, form_data(lisbon, **{"action-publish": "publish"}))
    assert response.status_code == 302
    customisation.refresh_from_db()
    assert customisation.live


def test_invalid_colour_and_origin_are_explained(admin_client, lisbon, throwaway_model):
    url = reverse(f"{namespace(throwaway_model)}:add") + "?locale=en"

    response = admin_client.post(
        url, form_data(lisbon, primary_colour="blue", allowed_origins="lisboa.pt/page")
    )

    assert response.status_code == 200
    text = response.content.decode()
    assert "six hexadecimal digits" in text
    assert "is not an origin" in text
    assert not throwaway_model.objects.exists()


def test_one_customisation_per_tool_city_and_language(
    admin_client, lisbon_customisation, throwaway_model
):
    url = reverse(f"{namespace(throwaway_model)}:add") + "?locale=en"
    response = admin_client.post(url, form_data(lisbon_customisation.city))
    assert response.status_code == 200
    assert throwaway_model.objects.count() == 1


def test_preview_renders_the_embed_with_unsaved_changes(
    admin_client, lisbon_customisation, throwaway_model
):
    ns = namespace(throwaway_model)
    preview = reverse(f"{ns}:preview_on_edit", args=[lisbon_customisation.pk])

    posted = admin_client.post(preview, form_data(lisbon_customisation.city, greeting="Bom dia"))
    assert posted.json()["is_valid"]
    for mode, has_header in (("embed", False), ("page", True)):
        soup = soup_of(admin_client.get(preview, {"mode": mode}), status=None)
        assert soup.select_one(".greeting").get_text() == "Bom dia"
        assert bool(soup.select_one(".site-header")) is has_header


def test_edit_form_shows_the_embed_code_once_published(
    admin_client, lisbon_customisation, throwaway_model
):
    edit = reverse(f"{namespace(throwaway_model)}:edit", args=[lisbon_customisation.pk])

    soup = soup_of(admin_client.get(edit), status=None)

    code = soup.select_one("textarea.tools-embed-code").get_text()
    assert 'src="http://testserver/en/embed/throwaway/lisbon/"' in code
    assert "postMessage" not in code  # the frame posts; the host page only listens
    assert "addEventListener" in code


def test_embed_code_screen_gives_one_code_per_language(
    admin_client, lisbon_customisation, throwaway_model
):
    url = reverse(f"{namespace(throwaway_model)}:embed_code", args=[lisbon_customisation.pk])

    soup = soup_of(admin_client.get(url), status=None)

    codes = [area.get_text() for area in soup.select("textarea.tools-embed-code")]
    assert len(codes) == 2
    assert "/en/embed/throwaway/lisbon/" in codes[0]
    assert "/fr/embed/throwaway/lisbon/" in codes[1]


def test_no_embed_code_for_a_draft(admin_client, make_customisation, lisbon, throwaway_model):
    draft = make_customisation(lisbon, publish=False)
    url = reverse(f"{namespace(throwaway_model)}:embed_code", args=[draft.pk])

    soup = soup_of(admin_client.get(url), status=None)

    assert not soup.select("textarea.tools-embed-code")
    assert "published and enabled" in soup.get_text()
