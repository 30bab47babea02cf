"""The report form and the rumour checker embedded in another site, in headless Chromium.

A host page on http://127.0.0.1:<port> frames the tool served on http://localhost:<port>:
different sites to the browser, so no cookie reaches the frame (see STACK.md). The report
form also runs with JavaScript turned off.
"""

import pytest
from playwright.sync_api import sync_playwright
from wagtail.models import Locale

from antirumours.factories import RumourFactory, strategy_for
from antirumours.models import CheckerTally, RumourReport
from cities.factories import CityIndexPageFactory, CityPageFactory
from tests.browser.conftest import CHROMIUM, CrossSiteHost, embed_snippet, start_server
from tests.conftest import ensure_wagtail_tree, reset_database

pytestmark = pytest.mark.browser

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def embedded(django_db_setup, django_db_blocker):
    """Bilbao's strategy with one rumour, committed, served on localhost and framed by another
    site. Yields (host page URL, site URL); the database is restored afterwards."""
    host = CrossSiteHost()
    with django_db_blocker.unblock():
        reset_database()
        home = ensure_wagtail_tree()
        for code in ("en", "fr"):
            Locale.objects.get_or_create(language_code=code)
        index = CityIndexPageFactory(parent=home)
        bilbao = CityPageFactory(parent=index, title="Bilbao", slug="bilbao", country="Spain")
        strategy = strategy_for(bilbao, allowed_origins=[host.origin])
        RumourFactory(city=bilbao, title="They take our jobs", slug="jobs")
        server = start_server("localhost")
        site = f"http://localhost:{server.port}"
        page_url = host.publish("/strategy.html", embed_snippet(strategy, site, "en"))
        yield page_url, site
        server.terminate()
        host.server.shutdown()
        reset_database()


@pytest.fixture
def stored(django_db_blocker):
    """Read what the server thread committed (the test itself holds no transaction, which
    would lock SQLite against the server's writes)."""
    with django_db_blocker.unblock():
        RumourReport.objects.all().delete()
        CheckerTally.objects.all().delete()
    return django_db_blocker.unblock


@pytest.fixture
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


def tool_frame(page):
    page.wait_for_selector("iframe")
    return page.frame_locator("iframe").first


@pytest.mark.parametrize("javascript", [True, False])
def test_resident_reports_a_rumour_inside_a_cross_site_frame(
    embedded, chromium, stored, javascript
):
    host_url, site = embedded
    context = chromium.new_context(
        java_script_enabled=javascript, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.goto(host_url)
    frame = tool_frame(page)

    frame.get_by_role("link", name="Report a rumour").click()
    frame.get_by_label("What did you hear?").fill("They say newcomers skip the housing list.")
    frame.get_by_label("Where did you hear it?").select_option("workplace")
    frame.get_by_role("button", name="Send the report").click()

    frame.get_by_role("status").wait_for()
    assert "A moderator will read it" in frame.get_by_role("status").inner_text()
    with stored():
        report = RumourReport.objects.get()
    assert report.status == RumourReport.PENDING and report.channel == "workplace"
    assert context.cookies(site) == []
    context.close()


def test_resident_uses_the_checker_inside_a_cross_site_frame(embedded, chromium, stored):
    host_url, site = embedded
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(host_url)
    frame = tool_frame(page)

    frame.get_by_role("link", name="Rumour checker").click()
    frame.get_by_role("link", name="They take our jobs").click()
    frame.get_by_text("City statistics office").wait_for()
    frame.get_by_label("It made me think").check()
    frame.get_by_role("button", name="Send my answer").press("Enter")

    frame.get_by_role("status").wait_for()
    with stored():
        tally = CheckerTally.objects.get()
    assert (tally.answer, tally.count) == ("think", 1)
    assert context.cookies(site) == []
    context.close()
