"""The Index's infographics in Chromium, on a phone: they render, in English and in Arabic
(right to left), and axe finds no violation. The demo's Oslo has rounds on both editions (a
trend) and answered the optional areas."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, save_screenshot

pytestmark = pytest.mark.browser

CITY = "oslo"  # offers en, fr and ar


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("screen", ["", "report/"])
def test_results_render_on_a_phone_without_accessibility_violations(
    phone_page, demo_site, frontend_measured, language, screen
):
    page = phone_page
    response = page.goto(f"{demo_site}/{language}/tools/intercultural-index/{CITY}/{screen}")

    assert response.status == 200
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    charts = page.locator("svg.tool-chart__svg")
    expect(charts.first).to_be_visible()
    assert charts.count() >= 4  # overall, areas, optional areas, trend
    # Nothing wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    save_screenshot(page, f"intercultural-index-{screen.strip('/') or 'results'}-{language}")
    if frontend_measured:  # the charts above depend on the database; axe judges the HTML alone
        assert axe_violations(page) == []
