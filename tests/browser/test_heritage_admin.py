"""A coordinator places a pending heritage item on the admin's map, in headless Chromium."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.indexes]


@pytest.fixture
def pending_item(demo_site, django_db_blocker):
    """A pending Lisbon item without coordinates (deleted afterwards), and its project's area."""
    from heritage_mapping.models import HeritageItem, MappingProject
    from heritage_mapping.vocabulary import Status

    with django_db_blocker.unblock():
        project = MappingProject.objects.filter(city__slug="lisbon").exclude(area=None).first()
        item = HeritageItem.objects.create(
            project=project,
            title="Fado evenings at the corner café",
            description="Neighbours sing on Fridays.",
            status=Status.PENDING,
            place_name="Near the steps",
        )
    yield item, project.area
    with django_db_blocker.unblock():
        item.delete()


def sign_in_as_lisbons_coordinator(page, demo_site):
    page.goto(f"{demo_site}/admin/login/")
    page.fill("input[name=username]", "coordinator-lisbon")
    page.fill("input[name=password]", "intercultural-demo")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site}/admin/")


def test_a_coordinator_places_an_item_with_the_keyboard_on_the_admin_map(
    page, demo_site, pending_item
):
    from heritage_mapping.geometry import point_in_area

    item, area = pending_item
    sign_in_as_lisbons_coordinator(page, demo_site)

    page.goto(f"{demo_site}/admin/snippets/heritage_mapping/heritageitem/edit/{item.pk}/")
    expect(page.locator("#heritage-picker")).to_be_visible()  # hidden until the script runs
    latitude = page.locator("input[name=latitude]")
    longitude = page.locator("input[name=longitude]")
    expect(latitude).to_have_value("")

    centre = page.get_by_role("button", name="Put the point at the centre of the map")
    centre.focus()
    page.keyboard.press("Enter")

    expect(page.locator("#heritage-picker-status")).to_contain_text("Point chosen:")
    lat, lng = float(latitude.input_value()), float(longitude.input_value())
    assert point_in_area(area, lng, lat)
    save_screenshot(page, "heritage-admin-map")


def test_a_coordinator_draws_a_projects_outline_on_the_admin_map(
    page, demo_site, django_db_blocker
):
    from heritage_mapping.geometry import area_bounds
    from heritage_mapping.models import MappingProject

    with django_db_blocker.unblock():
        projects = MappingProject.objects.filter(city__slug="lisbon", locale__language_code="en")
        project = projects.exclude(area=None).first()
    sign_in_as_lisbons_coordinator(page, demo_site)
    page.goto(f"{demo_site}/admin/snippets/heritage_mapping/mappingproject/edit/{project.pk}/")
    area = page.locator("[name=area]")
    stored = json.loads(area.input_value())

    page.get_by_role("button", name="Draw a new outline").click()
    finish = page.get_by_role("button", name="Finish the outline")
    expect(finish).to_be_disabled()
    the_map = page.locator("#heritage-area-map")
    box = the_map.bounding_box()
    for x, y in [(0.3, 0.3), (0.7, 0.3), (0.5, 0.7)]:
        the_map.click(position={"x": box["width"] * x, "y": box["height"] * y})
        page.wait_for_timeout(100)
    expect(page.locator("#heritage-area-status")).to_contain_text("Corners placed: 3.")
    finish.click()

    drawn = json.loads(area.input_value())
    assert drawn != stored
    assert drawn["type"] == "Polygon"
    ring = drawn["coordinates"][0]
    assert len(ring) == 4 and ring[0] == ring[-1]
    # Drawn where the map showed the stored outline (it was fitted to it): the corners'
    # middle falls inside that outline's bounds.
    (south, west), (north, east) = area_bounds(stored)
    middle_lng = sum(lng for lng, _lat in ring[:3]) / 3
    middle_lat = sum(lat for _lng, lat in ring[:3]) / 3
    assert west <= middle_lng <= east and south <= middle_lat <= north
    save_screenshot(page, "heritage-admin-area")
