"""axe-core on every public page type, in English and in Arabic: no serious or critical issue."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

AXE = Axe()
BLOCKING = {"serious", "critical"}


def blocking_violations(page):
    """The axe-core violations of serious or critical impact on the loaded page."""
    results = AXE.run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


PAGES_EN = ["/en/", "/en/search/?query=city"]
PAGES_AR = ["/ar/"]


@pytest.mark.parametrize("path", PAGES_EN + PAGES_AR)
def test_page_has_no_serious_accessibility_violation(page, demo_site, path):
    response = page.goto(f"{demo_site}{path}")
    assert response.status == 200
    assert blocking_violations(page) == []
