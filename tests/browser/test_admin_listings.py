"""A coordinator works through a tool's admin listing with the keyboard, in headless Chromium:
ticks group sessions, closes them from the bulk actions' footer, and confirms."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot
from tests.browser.test_heritage_admin import sign_in_as_lisbons_coordinator

pytestmark = pytest.mark.browser


@pytest.fixture
def lisbon_sessions(demo_site, django_db_blocker):
    """Two open group sessions of Lisbon's test (deleted afterwards)."""
    from citizenship_test.models import CitizenshipTest, EventSession

    with django_db_blocker.unblock():
        customisation = CitizenshipTest.objects.filter(city__slug="lisbon").first()
        sessions = [
            EventSession.open_for(customisation, "en", title=title)
            for title in ("Keyboard evening", "Keyboard morning")
        ]
    yield sessions
    with django_db_blocker.unblock():
        EventSession.objects.filter(pk__in=[session.pk for session in sessions]).delete()


def test_a_coordinator_closes_sessions_from_the_listing_with_the_keyboard(
    page, demo_site, lisbon_sessions
):
    sign_in_as_lisbons_coordinator(page, demo_site)
    page.goto(f"{demo_site}/admin/citizenship-test/sessions/?q=keyboard")

    for session in lisbon_sessions:
        checkbox = page.locator(f"input[data-bulk-action-checkbox][data-object-id='{session.pk}']")
        checkbox.focus()
        page.keyboard.press("Space")
        expect(checkbox).to_be_checked()
    close = page.locator("[data-bulk-action-footer] a[data-bulk-action-button]", has_text="Close")
    expect(close).to_be_visible()
    save_screenshot(page, "admin-sessions-listing")
    close.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_text("Close these 2 sessions?")).to_be_visible()
    page.get_by_role("button", name="Yes").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_text("2 sessions closed.")).to_be_visible()
    for session in lisbon_sessions:
        session.refresh_from_db()
        assert not session.is_open()
