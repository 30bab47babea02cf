"""The heritage map embedded in another site, in headless Chromium, with no cookie reaching it.

A page of the browser tests' cross-site host (http://127.0.0.1:<port>) frames the tool on
http://localhost:<port>: different sites to the browser, so the frame gets no cookie at all
(see STACK.md). The
contribution goes through every step, with a photo and a point chosen with the map's
keyboard-friendly button, and arrives in moderation.
"""

from io import BytesIO

import pytest
from PIL import Image

from tests.browser.conftest import save_screenshot

pytestmark = pytest.mark.browser

FRAME = (
    '<iframe id="tool" src="{src}" title="Heritage map" style="width:100%;height:1400px"></iframe>'
)


@pytest.fixture(scope="session")
def heritage_demo(demo_site, cross_site_host, django_db_blocker):
    """A page of Lisbon's own site (another origin, which Lisbon's map allows to frame it)
    that frames the map's contribution form. Yields (site URL, host page URL)."""
    from heritage_mapping.models import HeritageMap

    with django_db_blocker.unblock():
        for customisation in HeritageMap.objects.filter(city__slug="lisbon"):
            if cross_site_host.origin not in customisation.allowed_origins:
                customisation.allowed_origins = [
                    *customisation.allowed_origins,
                    cross_site_host.origin,
                ]
                customisation.save_revision().publish()
    src = f"{demo_site}/en/embed/heritage-map/lisbon/mouraria/contribute/"
    yield demo_site, cross_site_host.publish("/lisbon/heritage.html", FRAME.format(src=src))


def _photo_bytes():
    buffer = BytesIO()
    Image.new("RGB", (320, 240), (200, 120, 60)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_a_resident_contributes_through_a_cross_site_iframe_without_cookies(page, heritage_demo):
    from heritage_mapping.models import HeritageItem

    site, host = heritage_demo
    page.goto(host)
    frame = page.frame_locator("#tool")

    frame.get_by_label("Name of the place, tradition or memory").fill("Azulejo bench")
    frame.get_by_label("Describe it").fill("A tiled bench where neighbours sit in the evening.")
    frame.get_by_label("Public space").check()
    frame.get_by_role("button", name="Next").click()

    frame.get_by_label("Cape Verdean community").check()
    frame.get_by_label("Why does it matter to them?").fill("Everyone stops there.")
    frame.get_by_role("button", name="Next").click()

    # The map loads (its tiles cannot, offline); the point goes where the map is centred.
    frame.locator("#heritage-picker").wait_for(state="visible")
    frame.get_by_role("button", name="Put the point at the centre of the map").click()
    assert frame.get_by_label("Latitude").input_value() != ""
    frame.get_by_role("button", name="Next").click()

    frame.get_by_label("When").fill("Since the 1960s")
    frame.get_by_role("button", name="Next").click()

    frame.locator("input[name='photos-photo_1']").set_input_files(
        {"name": "bench.jpg", "mimeType": "image/jpeg", "buffer": _photo_bytes()}
    )
    frame.locator("input[name='photos-description_1']").fill("The blue and white bench")
    frame.get_by_role("button", name="Next").click()

    frame.get_by_label("I wrote this text and took these photos").check()
    frame.get_by_role("button", name="Next").click()
    frame.get_by_role("button", name="Send").click()

    frame.get_by_role("heading", name="Thank you!").wait_for()
    save_screenshot(page, "heritage-embed-thanks")
    assert not [c for c in page.context.cookies() if "localhost" in c["domain"]]
    item = HeritageItem.objects.get(title="Azulejo bench")
    assert item.status == "pending" and item.is_located
    assert item.photos.count() == 1


def test_the_embedded_map_lists_items_even_without_tiles(page, heritage_demo):
    site, _host = heritage_demo
    page.goto(f"{site}/en/embed/heritage-map/rijeka/city-centre/")

    page.locator("#heritage-map").wait_for(state="visible")
    assert page.locator(".heritage-list li").count() >= 15
    page.locator(".leaflet-marker-icon, .marker-cluster").first.wait_for()
    save_screenshot(page, "heritage-map-rijeka")


def test_a_resident_without_javascript_contributes_a_place_name_and_a_photo(browser, heritage_demo):
    from heritage_mapping.models import HeritageItem

    _site, host = heritage_demo
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(host)
    frame = page.frame_locator("#tool")

    frame.get_by_label("Name of the place, tradition or memory").fill("Fado at the corner tavern")
    frame.get_by_label("Describe it").fill("On Fridays neighbours sing fado in the small tavern.")
    frame.get_by_label("Music").check()
    frame.get_by_role("button", name="Next").click()

    frame.get_by_label("Cape Verdean community").check()
    frame.get_by_label("Why does it matter to them?").fill("Newcomers learn the songs there.")
    frame.get_by_role("button", name="Next").click()

    # No map without JavaScript: the place is named, and moderators will locate it.
    assert (
        frame.locator("#heritage-picker").count() == 0
        or not frame.locator("#heritage-picker").is_visible()
    )
    frame.get_by_label("Address or place name").fill("Largo da Severa, Mouraria")
    frame.get_by_role("button", name="Next").click()

    frame.get_by_label("When").fill("Every Friday since the 1990s")
    frame.get_by_role("button", name="Next").click()

    frame.locator("input[name='photos-photo_1']").set_input_files(
        {"name": "tavern.jpg", "mimeType": "image/jpeg", "buffer": _photo_bytes()}
    )
    frame.get_by_role("button", name="Next").click()

    frame.get_by_label("I wrote this text and took these photos").check()
    frame.get_by_role("button", name="Next").click()
    frame.get_by_role("button", name="Send").click()

    frame.get_by_role("heading", name="Thank you!").wait_for()
    save_screenshot(page, "heritage-embed-thanks-no-js")
    assert not context.cookies()
    item = HeritageItem.objects.get(title="Fado at the corner tavern")
    assert item.status == "pending" and not item.is_located
    assert "Severa" in item.place_name
    assert item.photos.count() == 1
    context.close()
