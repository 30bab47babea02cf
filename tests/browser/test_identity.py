"""The site's identity as a visitor's browser gets it: its icons, and what a page weighs on a phone.

Page weight: the sum of `encodedBodySize` over the page and every resource it loaded (the
Performance API), fonts and icons included. That is each body as the server sent it: the pages
compressed (icc_site.compression), as production sends them, and the static files not, so this
is an upper bound of what production sends (WhiteNoise serves its static files pre-compressed
with brotli or gzip). Response headers are not counted.
"""

import pytest

from tests.browser.conftest import save_screenshot

pytestmark = pytest.mark.browser

HOME_BUDGET = 150_000
EMBED_BUDGET = 60_000
# (tool slug, city): the first screen a resident sees in the frame of a city's site.
EMBEDDED_TOOLS = [
    ("citizenship-test", "lisbon"),
    ("council-checklist", "lisbon"),
    ("anti-rumours", "bilbao"),
    ("heritage-map", "lisbon"),
]

TRANSFERRED = """() => {
    const entries = [
        ...performance.getEntriesByType("navigation"),
        ...performance.getEntriesByType("resource"),
    ];
    return entries.map((entry) => [entry.name, entry.encodedBodySize]);
}"""


def page_weight(page, url):
    """The bytes of `url` and everything it loaded, once the page and its fonts are ready."""
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    entries = page.evaluate(TRANSFERRED)
    return sum(size for _name, size in entries), entries


@pytest.mark.frontend
@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_page_weighs_at_most_150_kb_on_a_phone(phone_page, demo_site, language):
    total, entries = page_weight(phone_page, f"{demo_site}/{language}/")
    assert total <= HOME_BUDGET, entries
    # The site's own font, and of the other scripts only the one the page is written in: the
    # language switcher's names in Greek, Ukrainian and Arabic need no font download.
    fonts = [name.rsplit("/", 1)[1] for name, _size in entries if name.endswith(".woff2")]
    assert "noto-sans-latin-400.woff2" in fonts
    other_scripts = {name.split("-")[2] for name in fonts} & {"greek", "cyrillic", "arabic"}
    assert other_scripts == ({"arabic"} if language == "ar" else set()), fonts


@pytest.mark.frontend
@pytest.mark.parametrize("language", ["en", "ar"])
def test_city_profile_with_its_map_weighs_at_most_150_kb_on_a_phone(
    phone_page, demo_site, language
):
    total, entries = page_weight(phone_page, f"{demo_site}/{language}/cities/lisbon/")
    assert total <= HOME_BUDGET, entries
    # The map is drawn in the page: nothing comes from another site.
    assert all(name.startswith(demo_site) for name, _size in entries), entries
    the_map = phone_page.locator("svg.city-map")
    assert the_map.bounding_box()["width"] > 300  # a phone's column wide, not a thumbnail
    the_map.scroll_into_view_if_needed()
    save_screenshot(phone_page, f"city-profile-map-{language}")


@pytest.mark.frontend
@pytest.mark.parametrize(("tool_slug", "city"), EMBEDDED_TOOLS)
def test_embedded_tool_first_screen_weighs_at_most_60_kb_on_a_phone(
    phone_page, demo_site, tool_slug, city
):
    total, entries = page_weight(phone_page, f"{demo_site}/en/embed/{tool_slug}/{city}/")
    assert total <= EMBED_BUDGET, entries


def test_home_page_icons_answer_with_an_image(page, demo_site):
    page.goto(f"{demo_site}/en/")
    links = page.locator("link[rel=icon], link[rel=apple-touch-icon]")
    expected = {"svg": "image/svg+xml", "ico": "image/vnd.microsoft.icon", "png": "image/png"}
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) >= 3
    for href in hrefs:
        response = page.request.get(f"{demo_site}{href}")
        assert response.status == 200, href
        assert response.headers["content-type"] == expected[href.rsplit(".", 1)[1]], href


def test_web_manifest_names_the_site_in_the_visitors_language(page, demo_site):
    page.goto(f"{demo_site}/fr/")
    href = page.locator("link[rel=manifest]").get_attribute("href")
    response = page.request.get(f"{demo_site}{href}", headers={"Accept-Language": "fr"})
    assert response.headers["content-type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["name"] == "Cités interculturelles"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert page.request.get(f"{demo_site}{icon['src']}").status == 200, icon["src"]
