"""Moderation in the Wagtail admin, and the permission matrix between cities."""

import json

import pytest

from heritage_mapping.models import HeritageItem
from heritage_mapping.vocabulary import Status
from tests.helpers import soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

ADMIN = "/admin/snippets/heritage_mapping/heritageitem/"
PROJECTS = "/admin/snippets/heritage_mapping/mappingproject/"


@pytest.fixture
def pending(mouraria, make_item):
    return make_item(mouraria, "Hairdressers of the square", status=Status.PENDING)


@pytest.fixture
def rijeka_pending(rijeka_project, make_item):
    return make_item(
        rijeka_project, "Chess in the park", status=Status.PENDING, latitude=45.327, longitude=14.44
    )


@pytest.fixture
def lisbon_coordinator(coordinator_of, lisbon, client):
    user = coordinator_of(lisbon)
    client.force_login(user)
    return user


def test_the_queue_lists_waiting_items_of_the_coordinators_city(
    client, lisbon_coordinator, pending, rijeka_pending
):
    response = client.get(ADMIN, {"status": "pending"})

    assert response.status_code == 200
    text = response.content.decode()
    assert "Hairdressers of the square" in text
    assert "Chess in the park" not in text


def test_approving_makes_an_item_public(client, lisbon_coordinator, pending):
    url = f"{ADMIN}approve/{pending.pk}/"
    assert client.get(url).status_code == 200

    response = client.post(url)

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED
    assert pending.moderated_by == lisbon_coordinator
    public = client.get("/en/embed/heritage-map/lisbon/mouraria/")
    assert "Hairdressers of the square" in public.content.decode()


def test_an_item_without_a_point_cannot_be_approved_until_located(
    client, lisbon_coordinator, mouraria, make_item
):
    item = make_item(
        mouraria,
        "Conversation circle",
        status=Status.PENDING,
        latitude=None,
        longitude=None,
        place_name="Parish hall",
    )

    client.post(f"{ADMIN}approve/{item.pk}/")

    item.refresh_from_db()
    assert item.status == Status.PENDING


def test_rejecting_needs_a_reason_and_keeps_the_item_private(client, lisbon_coordinator, pending):
    url = f"{ADMIN}reject/{pending.pk}/"

    refused = client.post(url, {"reason": ""})
    assert refused.status_code == 200
    pending.refresh_from_db()
    assert pending.status == Status.PENDING

    client.post(url, {"reason": "Duplicate of another item."})
    pending.refresh_from_db()
    assert pending.status == Status.REJECTED
    assert pending.rejection_reason == "Duplicate of another item."


def test_editing_can_locate_and_approve(client, lisbon_coordinator, mouraria, make_item):
    item = make_item(
        mouraria,
        "Circle",
        status=Status.PENDING,
        latitude=None,
        longitude=None,
        place_name="Parish hall",
    )
    edit = client.get(f"{ADMIN}edit/{item.pk}/")
    assert edit.status_code == 200
    soup = soup_of(edit, status=None)
    data = {
        field["name"]: field.get("value", "")
        for field in soup.select("form input[name]")
        if field.get("type") not in ("checkbox", "radio", "submit")
    }
    data.update(
        {
            "status": "approved",
            "project": mouraria.pk,
            "title": "Circle",
            "description": "Weekly practice.",
            "category": "language",
            "latitude": "38.716",
            "longitude": "-9.135",
            "licence": "CC-BY-4.0",
            "rejection_reason": "",
            "why_it_matters": "",
        }
    )

    response = client.post(f"{ADMIN}edit/{item.pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.status == Status.APPROVED and item.is_located


def object_urls(model, instance):
    """Every admin URL of the model's viewset that names one object (pk)."""
    from django.urls import reverse

    viewset = model.snippet_viewset
    urls = []
    for pattern in viewset.get_urlpatterns():
        route = pattern.pattern
        names = set(getattr(route, "converters", {}) or route.regex.groupindex)
        if names == {"pk"}:
            urls.append(reverse(f"{viewset.url_namespace}:{pattern.name}", args=[instance.pk]))
    return urls


def is_refused(client, url, method="get"):
    response = getattr(client, method)(
        url, {"reason": "x"} if method == "post" else None, follow=True
    )
    return response.status_code in (403, 404)


def test_a_coordinator_of_lisbon_is_refused_on_every_rijeka_admin_url(
    client, lisbon_coordinator, rijeka_pending, rijeka_project
):
    from heritage_mapping.models import MappingProject

    urls = object_urls(HeritageItem, rijeka_pending) + object_urls(MappingProject, rijeka_project)
    names = {url.rstrip("/").split("/")[-2] for url in urls}
    assert {"edit", "delete", "approve", "reject"} <= names

    assert [url for url in urls if is_refused(client, url)] == urls
    assert [url for url in urls if is_refused(client, url, "post")] == urls
    rijeka_pending.refresh_from_db()
    assert rijeka_pending.status == Status.PENDING
    assert MappingProject.objects.filter(pk=rijeka_project.pk).exists()


def test_a_coordinator_opens_their_own_citys_screens(client, lisbon_coordinator, pending, mouraria):
    from heritage_mapping.models import MappingProject

    for url in object_urls(HeritageItem, pending) + object_urls(MappingProject, mouraria):
        if "/usage/" in url or "/history/" in url or "/delete/" in url or "/edit/" in url:
            assert client.get(url).status_code == 200, url


def test_the_admin_export_holds_only_the_coordinators_city(
    client, lisbon_coordinator, pending, rijeka_pending
):
    response = client.get(ADMIN, {"export": "csv"})

    assert response.status_code == 200
    text = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    assert "Hairdressers of the square" in text
    assert "Chess in the park" not in text


def test_a_coordinator_sees_another_citys_photos_nowhere(
    client, lisbon_coordinator, rijeka_pending
):
    from django.core.files.base import ContentFile

    from heritage_mapping.models import ItemPhoto

    photo = ItemPhoto(item=rijeka_pending)
    photo.image.save("p.jpg", ContentFile(b"\xff\xd8\xff\xd9"), save=True)

    assert is_refused(client, f"{ADMIN}photo/{photo.pk}/")


def test_the_project_list_holds_only_the_coordinators_projects(
    client, lisbon_coordinator, mouraria, rijeka_project
):
    text = client.get(PROJECTS).content.decode()

    assert mouraria.title in text
    assert rijeka_project.title not in text


def test_editors_moderate_every_city(client, editor, pending, rijeka_pending):
    client.force_login(editor)

    text = client.get(ADMIN, {"status": "pending"}).content.decode()

    assert "Hairdressers of the square" in text and "Chess in the park" in text


def test_anonymous_visitors_reach_no_moderation_screen(client, pending):
    response = client.get(f"{ADMIN}approve/{pending.pk}/")

    assert response.status_code in (302, 403, 404)
    assert HeritageItem.objects.get(pk=pending.pk).status == Status.PENDING


def test_the_edit_form_has_a_map_that_fills_the_coordinates(
    client, lisbon_coordinator, mouraria, make_item
):
    item = make_item(mouraria, status=Status.PENDING, latitude=None, longitude=None)
    client.force_login(lisbon_coordinator)

    soup = soup_of(client.get(f"{ADMIN}edit/{item.pk}/"), status=None)

    picker = soup.find(id="heritage-picker")
    assert picker["data-lat-input"] == soup.find("input", {"name": "latitude"})["id"]
    assert picker["data-lng-input"] == soup.find("input", {"name": "longitude"})["id"]
    # The project's outline, so that a point outside it cannot be chosen; the scripts that
    # draw the map, from this server.
    assert json.loads(soup.find(id="heritage-area").string) == mouraria.area
    scripts = [script.get("src", "") for script in soup.find_all("script")]
    assert any(src.endswith("heritage_mapping/picker.js") for src in scripts)
    assert any(src.endswith("vendor/leaflet/leaflet.js") for src in scripts)
    assert soup.find(id="heritage-picker-centre").get_text(strip=True)


def test_the_project_form_has_a_map_to_draw_the_area_on(client, lisbon_coordinator, mouraria):
    client.force_login(lisbon_coordinator)

    soup = soup_of(client.get(f"{PROJECTS}edit/{mouraria.pk}/"), status=None)

    drawing = soup.find(id="heritage-area-map")
    area_field = soup.find(attrs={"name": "area"})
    assert drawing["data-area-input"] == area_field["id"]
    assert json.loads(area_field.get_text()) == mouraria.area  # the map starts from it
    scripts = [script.get("src", "") for script in soup.find_all("script")]
    assert any(src.endswith("heritage_mapping/area_drawing.js") for src in scripts)
    assert soup.find(id="heritage-area-draw").get_text(strip=True) == "Draw a new outline"


def test_a_new_contribution_leaves_cached_pages_until_it_is_approved(
    client, home_page, mouraria, make_item, page_cache_on
):
    from icc_site.page_cache import HEADER

    client.get("/en/")
    assert client.get("/en/")[HEADER] == "hit"

    item = make_item(mouraria, status=Status.PENDING)  # a resident's contribution
    assert client.get("/en/")[HEADER] == "hit"

    item.status = Status.APPROVED
    item.save()
    assert client.get("/en/")[HEADER] == "miss"


BULK = "/admin/bulk/heritage_mapping/heritageitem/"


def bulk_url(action, *items, ids=None):
    ids = ids or [str(item.pk) for item in items]
    return f"{BULK}{action}/?" + "&".join(f"id={pk}" for pk in ids) + f"&next={ADMIN}"


def test_the_queue_offers_bulk_approval_and_rejection(client, lisbon_coordinator, pending):
    page = soup_of(client.get(ADMIN), status=None)
    buttons = page.select("[data-bulk-action-footer] a[data-bulk-action-button]")
    labels = [button.get_text(strip=True) for button in buttons]
    assert "Approve" in labels and "Reject" in labels


def test_bulk_rejection_with_a_reason_touches_only_the_coordinators_city(
    client, lisbon_coordinator, pending, rijeka_pending
):
    url = bulk_url("reject", pending, rijeka_pending)
    confirm = client.get(url).content.decode()
    response = client.post(url, {"reason": "Duplicate of another item"}, follow=True)

    assert "Hairdressers of the square" in confirm and "Chess in the park" not in confirm
    assert [str(m).strip() for m in response.context["messages"]] == ["1 contribution rejected."]
    pending.refresh_from_db()
    rijeka_pending.refresh_from_db()
    assert pending.status == Status.REJECTED
    assert pending.rejection_reason == "Duplicate of another item"
    assert rijeka_pending.status == Status.PENDING


def test_bulk_approval_of_all_leaves_unlocated_items_waiting(
    client, lisbon_coordinator, mouraria, make_item, rijeka_pending
):
    located = make_item(mouraria, "Tiles of the stairs", status=Status.PENDING)
    unlocated = make_item(
        mouraria, "Fado on Fridays", status=Status.PENDING, latitude=None, longitude=None
    )

    response = client.post(bulk_url("approve", ids=["all"]), follow=True)

    assert [str(m).strip() for m in response.context["messages"]] == ["1 contribution approved."]
    statuses = dict(HeritageItem.objects.values_list("pk", "status"))
    assert statuses[located.pk] == Status.APPROVED
    assert statuses[unlocated.pk] == Status.PENDING
    assert statuses[rijeka_pending.pk] == Status.PENDING


def test_the_queue_says_when_each_item_was_received_and_sorts_by_it(
    client, lisbon_coordinator, mouraria, make_item
):
    import datetime

    from django.utils import timezone

    older = make_item(mouraria, "Older item", status=Status.PENDING)
    newer = make_item(mouraria, "Newer item", status=Status.PENDING)
    HeritageItem.objects.filter(pk=older.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=3)
    )

    def rows(**params):
        soup = soup_of(client.get(ADMIN, params), status=None)
        headings = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
        column = headings.index("Received")
        return [
            [cell.get_text(" ", strip=True) for cell in row.select("td")][column]
            for row in soup.select("tbody tr")
        ], [row.get_text(" ", strip=True) for row in soup.select("tbody tr")]

    # A resident's item has no admin history: the queue shows when it arrived, not a blank.
    received, texts = rows(ordering="submitted_at")
    assert all(received), received
    assert "Older item" in texts[0] and newer.title in texts[1]
    _, texts = rows(ordering="-submitted_at")
    assert newer.title in texts[0]
