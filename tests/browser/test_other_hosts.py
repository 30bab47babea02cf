"""The browser tests' Chromium reaches no host but the site's (conftest's launch arguments).

A screen that asks another host for something (the heritage map's tiles) gets a failure at
once, so no test depends on the network or waits on it, on a machine with a network as on one
without.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Error

pytestmark = pytest.mark.browser


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"reached")

    def log_message(self, *args):
        pass


@pytest.fixture
def server_on_every_address():
    """A server listening on every address of this machine: its port."""
    server = ThreadingHTTPServer(("0.0.0.0", 0), Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_request_to_another_host_fails_at_once(page):
    with pytest.raises(Error, match="ERR_NAME_NOT_RESOLVED"):
        page.goto("https://tile.openstreetmap.org/", timeout=5_000)


def test_only_the_sites_own_addresses_are_reached(page, server_on_every_address):
    port = server_on_every_address
    assert page.goto(f"http://127.0.0.1:{port}/").status == 200
    assert page.goto(f"http://localhost:{port}/").status == 200
    # Another address of the same machine (all of 127.0.0.0/8 is this machine's loopback) is
    # another host to the page.
    with pytest.raises(Error, match="ERR_NAME_NOT_RESOLVED"):
        page.goto(f"http://127.0.0.2:{port}/", timeout=5_000)


def test_a_new_context_is_cut_off_too(browser):
    context = browser.new_context()
    try:
        with pytest.raises(Error, match="ERR_NAME_NOT_RESOLVED"):
            context.new_page().goto("http://example.org/", timeout=5_000)
    finally:
        context.close()
