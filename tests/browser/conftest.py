"""Browser tests: a real headless Chromium (Debian's) against the live test server.

The demo content is loaded once for the whole browser session and committed, so that the live
server's thread sees it; it is flushed again at the end so that the reused test database starts
clean for the next run.
"""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.test.testcases import LiveServerThread

from tests.conftest import reset_database

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Point Playwright at Debian's Chromium, cut off from the network it cannot reach."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


def start_server(host):
    """Serve the site from a thread (threaded: Chromium opens spare connections)."""
    server = LiveServerThread(host, StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    return server


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once and served by a live server. Yields the server's URL.

    pytest-django's own `live_server` flushes the database after every test; the demo content
    takes seconds to load, so these tests share one committed copy instead and only read it.
    """
    with django_db_blocker.unblock():
        reset_database()
        call_command("load_demo_content", stdout=StringIO())
        server = start_server("localhost")
        yield f"http://localhost:{server.port}"
        server.terminate()
        reset_database()


def save_screenshot(page, name):
    """Save a full-page screenshot under test-results/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
