"""A coordinator's home in the admin: the dashboard panel of their cities' tools, the menu
grouped by tool, and refusals shown as the admin's own pages."""

import json

import pytest

from antirumours.factories import RumourReportFactory
from antirumours.models import Certificate
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def sidebar_menu(response):
    """The main menu as the sidebar draws it: {label: [labels of its submenu]} ([] for a
    plain item)."""
    soup = soup_of(response, status=None)
    props = json.loads(soup.find(id="wagtail-sidebar-props").string)

    def items_of(node):
        found = {}
        if isinstance(node, dict):
            if node.get("_type") in ("wagtail.sidebar.LinkMenuItem", "wagtail.sidebar.SubMenuItem"):
                args = node["_args"]
                children = args[1] if len(args) > 1 else []
                found[args[0]["label"]] = [child["_args"][0]["label"] for child in children]
                return found
            for value in node.values():
                found.update(items_of(value))
        elif isinstance(node, list):
            for value in node:
                found.update(items_of(value))
        return found

    return items_of(props)


def test_dashboard_lists_the_coordinators_tools_with_their_embed_codes(
    lisbon_coordinator_client, lisbon_customisation, rijeka_customisation
):
    response = lisbon_coordinator_client.get("/admin/")

    panel = soup_of(response, status=None).find(id="city-tools-section")
    assert panel is not None
    rows = [row.get_text(" ", strip=True) for row in panel.select("tbody tr")]
    assert len(rows) == 1 and "Lisbon" in rows[0] and "Throwaway tool" in rows[0]
    links = [a["href"] for a in panel.select("tbody a")]
    assert any(link.endswith(f"/embed-code/{lisbon_customisation.pk}/") for link in links)
    assert not any(f"/{rijeka_customisation.pk}/" in link for link in links)
    assert "Rijeka" not in panel.get_text()


def test_dashboard_counts_what_awaits_moderation_and_recent_results(
    lisbon_coordinator_client, lisbon, rijeka
):
    RumourReportFactory.create_batch(2, city=lisbon)
    RumourReportFactory(city=rijeka)  # another city's: not counted
    RumourReportFactory(city=lisbon, status="approved")  # decided: not waiting
    Certificate.objects.create(city=lisbon, code="AB12CD34EF56", name="", score=80)

    panel = soup_of(lisbon_coordinator_client.get("/admin/"), status=None).find(
        id="city-tools-section"
    )

    waiting = {
        item.a.get_text(strip=True): (item.strong.get_text(), item.a["href"])
        for item in panel.find_all("li")
    }
    assert waiting["Rumour reports"][0] == "2"
    assert waiting["Rumour reports"][1].endswith("?status=pending")
    assert waiting["Course certificates"][0] == "1"


def test_menu_is_grouped_by_tool(lisbon_coordinator_client):
    menu = sidebar_menu(lisbon_coordinator_client.get("/admin/"))

    assert "Tools" not in menu
    assert "Rumour reports (moderation)" in menu["Anti-rumours toolkit"]
    assert "Citizenship test results" in menu["Intercultural Citizenship Test"]
    assert "Heritage moderation" in menu["Heritage mapping"]
    # No group holds another tool's screens.
    assert "Heritage moderation" not in menu["Anti-rumours toolkit"]


def test_a_refused_admin_screen_is_the_admins_no_permission_page(lisbon_coordinator_client):
    # The site history lists every city's changes: refused to coordinators.
    response = lisbon_coordinator_client.get("/admin/reports/site-history/")

    assert response.status_code == 403
    assert "tools/admin/refused.html" in [template.name for template in response.templates]
    soup = soup_of(response, status=None)
    assert soup.find(id="wagtail-sidebar-props") is not None  # the admin, with its menu
    assert "do not have permission" in soup.get_text()


def test_another_citys_object_is_the_admins_404_like_a_missing_one(
    lisbon_coordinator_client, rijeka
):
    report = RumourReportFactory(city=rijeka)
    url = "/admin/snippets/antirumours/rumourreport/edit/{}/"

    other = lisbon_coordinator_client.get(url.format(report.pk))
    missing = lisbon_coordinator_client.get(url.format(report.pk + 1000))

    for response in (other, missing):
        assert response.status_code == 404  # not a redirect to the public site's /en/admin/
        assert "wagtailadmin/404.html" in [template.name for template in response.templates]
    assert other.content == missing.content


@pytest.mark.parametrize(
    "url, title",
    [
        ("/admin/citizenship-test/", "Citizenship test results"),
        ("/admin/citizenship-test/sessions/", "Group sessions"),
        ("/admin/checklists/assessments/", "Checklist assessments"),
        ("/admin/anti-rumours/", "Anti-rumour diagnosis and evaluation"),
        ("/admin/intercultural-index/rounds/", "Index rounds"),
        ("/admin/intercultural-index/rounds/new/", "Open a round"),
    ],
)
def test_the_tools_own_screens_are_named_in_their_header(lisbon_coordinator_client, url, title):
    soup = soup_of(lisbon_coordinator_client.get(url), status=None)

    crumbs = [item.get_text(" ", strip=True) for item in soup.select("header nav ol li")]
    assert crumbs[-1] == title  # not "Home" alone


def test_the_index_network_screen_is_named_in_its_header(client, editor):
    client.force_login(editor)
    soup = soup_of(client.get("/admin/intercultural-index-network/"), status=None)

    crumbs = [item.get_text(" ", strip=True) for item in soup.select("header nav ol li")]
    assert crumbs[-1] == "Intercultural Cities Index: the network"


def test_the_dashboard_offers_a_page_search_only_to_those_who_may_search_pages(
    lisbon_coordinator_client, editor
):
    from django.test import Client

    def page_search(client):
        soup = soup_of(client.get("/admin/"), status=None)
        return soup.select("main form[role=search], .w-dashboard form[role=search]")

    # A coordinator has no page to search: the box led to "you do not have permission".
    assert page_search(lisbon_coordinator_client) == []
    editor_client = Client()
    editor_client.force_login(editor)
    assert len(page_search(editor_client)) == 1


def summary_of(response):
    """The labels of the dashboard's site summary ("3 Pages", "12 Images"...)."""
    summary = soup_of(response, status=None).select_one(".w-summary")
    if summary is None:
        return []
    return [item.a.get_text(" ", strip=True) for item in summary.select("li") if item.a]


def test_a_coordinators_dashboard_shows_no_library_counts_they_do_not_use(
    lisbon_coordinator_client, client, editor
):
    coordinator_summary = summary_of(lisbon_coordinator_client.get("/admin/"))
    client.force_login(editor)
    editor_summary = summary_of(client.get("/admin/"))

    assert not any("Image" in label or "Document" in label for label in coordinator_summary)
    assert any("Image" in label for label in editor_summary)
