"""The home page in a real browser: it loads, and the language switcher changes language."""

import pytest

from tests.browser.conftest import save_screenshot

pytestmark = pytest.mark.browser


def test_home_page_loads_in_english(page, demo_site):
    response = page.goto(f"{demo_site}/en/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.is_visible()
    assert save_screenshot(page, "home-en", always=True).stat().st_size > 0


def test_language_switcher_leads_to_the_french_home_page(page, demo_site):
    page.goto(f"{demo_site}/en/")
    page.locator(".language-switcher").get_by_role("link", name="Français").click()
    page.wait_for_url(f"{demo_site}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "Cités interculturelles" in page.locator("h1").first.inner_text()
    save_screenshot(page, "home-fr")


def test_arabic_home_page_is_right_to_left(page, demo_site):
    page.goto(f"{demo_site}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    # The layout mirrors: the brand sits on the right-hand side of the header.
    brand = page.locator(".site-brand").bounding_box()
    viewport = page.viewport_size
    assert brand["x"] > viewport["width"] / 2
    save_screenshot(page, "home-ar")
