"""The browser tests' Chromium reaches no host but the site's (conftest's launch arguments).

A screen that asks another host for something (the heritage map's tiles) gets a failure at
once, so no test depends on the network or waits on it, on a machine with a network as on one
without.
"""

import pytest
from playwright.sync_api import Error

from tests.browser.conftest import CrossSiteHost

pytestmark = pytest.mark.browser


@pytest.fixture
def page_on_every_address():
    """The URL of a page served on every address of this machine, by way of 127.0.0.1."""
    host = CrossSiteHost(address="0.0.0.0")
    yield host.publish("/reached.html", "<p>reached</p>")
    host.server.shutdown()
    host.server.server_close()


def test_a_request_to_another_host_fails_at_once(page):
    with pytest.raises(Error, match="ERR_NAME_NOT_RESOLVED"):
        page.goto("https://tile.openstreetmap.org/", timeout=5_000)


def test_only_the_sites_own_addresses_are_reached(page, page_on_every_address):
    url = page_on_every_address
    assert page.goto(url).status == 200
    assert page.goto(url.replace("127.0.0.1", "localhost")).status == 200
    # Another address of the same machine (all of 127.0.0.0/8 is this machine's loopback) is
    # another host to the page.
    with pytest.raises(Error, match="ERR_NAME_NOT_RESOLVED"):
        page.goto(url.replace("127.0.0.1", "127.0.0.2"), timeout=5_000)


def test_a_new_context_is_cut_off_too(browser):
    context = browser.new_context()
    try:
        with pytest.raises(Error, match="ERR_NAME_NOT_RESOLVED"):
            context.new_page().goto("http://example.org/", timeout=5_000)
    finally:
        context.close()
