"""Installing a tool app adds the tool everywhere; removing the app removes it."""

import pytest

from tests.helpers import soup_of
from tools.blocks import tool_choices
from tools.directory import tool_directory
from tools.models import ToolIndexPage
from tools.registry import get_tool_type, get_tool_types

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory_page(home_page):
    page = home_page.add_child(instance=ToolIndexPage(title="Tools", slug="tools"))
    page.save_revision().publish()
    return page


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")


def admin_menu_labels(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_installed_tool_is_in_the_registry(throwaway_model):
    assert throwaway_model in get_tool_types()
    assert get_tool_type("throwaway") is throwaway_model
    assert get_tool_type("no-such-tool") is None


def test_removed_tool_leaves_the_registry(throwaway_model, uninstall_test_tool):
    with uninstall_test_tool():
        assert throwaway_model not in get_tool_types()
        assert get_tool_type("throwaway") is None
    assert get_tool_type("throwaway") is throwaway_model


def test_installed_tool_is_everywhere_and_removed_tool_nowhere(
    client, superuser, lisbon_customisation, directory_page, uninstall_test_tool
):
    client.force_login(superuser)
    embed = "/en/embed/throwaway/lisbon/"

    assert client.get(embed).status_code == 200
    assert "Throwaway tool" in admin_menu_labels(client)
    assert client.get("/admin/snippets/testtool/throwawaytool/").status_code == 200
    assert ("throwaway/lisbon", "Throwaway tool – Lisbon") in tool_choices()
    # Other tool apps of the site may be installed too: look at the throwaway tool only.
    api = {item["slug"]: item for item in client.get("/api/v2/tools/").json()["items"]}
    assert [city["slug"] for city in api["throwaway"]["cities"]] == ["lisbon"]
    soup = soup_of(client.get("/en/tools/"), status=None)
    assert soup.find("h2", string="Throwaway tool")
    assert soup.find("a", string="Lisbon")["href"] == "/en/tools/throwaway/lisbon/"

    with uninstall_test_tool():
        assert client.get(embed).status_code == 404
        assert client.get("/en/tools/throwaway/lisbon/").status_code == 404
        assert "Throwaway tool" not in admin_menu_labels(client)
        # 404 (LocaleMiddleware first redirects an unknown path to /en/..., also a 404)
        response = client.get("/admin/snippets/testtool/throwawaytool/", follow=True)
        assert response.status_code == 404
        assert tool_choices() == []
        items = client.get("/api/v2/tools/").json()["items"]
        assert "throwaway" not in [item["slug"] for item in items]
        assert client.get("/api/v2/tools/throwaway/", follow=True).status_code == 404
        assert "throwaway" not in [entry.model.tool_slug for entry in tool_directory("en")]
        soup = soup_of(client.get("/en/tools/"), status=None)
        assert not soup.find("h2", string="Throwaway tool")


def test_city_profile_helper_lists_the_tools_a_city_offers(
    lisbon, lisbon_customisation, rijeka_customisation
):
    from tools.directory import tools_offered_by

    offers = tools_offered_by(lisbon, "en")
    assert [(model.tool_slug, offer.page_url) for model, offer in offers] == [
        ("throwaway", "/en/tools/throwaway/lisbon/")
    ]
