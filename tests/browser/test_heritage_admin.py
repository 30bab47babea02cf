"""A coordinator places a pending heritage item on the admin's map, in headless Chromium."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot

pytestmark = pytest.mark.browser


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


def test_a_coordinator_places_an_item_with_the_keyboard_on_the_admin_map(
    page, demo_site, pending_item
):
    from heritage_mapping.geometry import point_in_area

    item, area = pending_item
    page.goto(f"{demo_site}/admin/login/")
    page.fill("input[name=username]", "coordinator-lisbon")
    page.fill("input[name=password]", "intercultural-demo")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site}/admin/")

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
