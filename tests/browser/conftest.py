"""Browser tests: a real headless Chromium (Debian's) against the live test server.

The demo content is loaded once for the whole browser session and committed, so that the live
server's thread sees it; it is flushed again at the end so that the reused test database starts
clean for the next run.
"""

import contextlib
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread

from tests.conftest import load_demo_committed, reset_database

#: Debian's Chromium, for Lighthouse (which launches it itself, in Chrome's own headless mode).
CHROMIUM = "/usr/bin/chromium"
#: The same Chromium's headless shell (Debian's chromium-headless-shell), for Playwright: the
#: same Blink renders the pages, without the browser's window layer. Playwright's own default
#: headless Chromium; the tests' Chromium processes spend about a quarter fewer CPU-seconds
#: than with the full browser in headless mode.
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
#: Whether the browser tests leave their screenshots (`SCREENSHOTS=1`, `make screenshots`).
TAKE_SCREENSHOTS = os.environ.get("SCREENSHOTS", "") not in ("", "0")
PHONE = {"width": 390, "height": 844}


#: Chromium's resolver fails every name but the live servers' (localhost, 127.0.0.1).
OTHER_HOSTS_UNRESOLVED = (
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"
)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Point Playwright at Debian's Chromium headless shell, cut off from every other host.

    No name but localhost resolves (`--host-resolver-rules`), so a request of any page to
    another host (map tiles, say) fails at once, offline or not, and no test waits on the
    network. Chromium refuses them itself: a Playwright route for the same purpose pauses every
    request of the page, the site's own included, for the driver to let it through, which
    doubles the CPU cost of a screen load (0.18 against 0.09 CPU-s in Chromium).
    """
    return {
        **browser_type_launch_args,
        "executable_path": HEADLESS_SHELL,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            OTHER_HOSTS_UNRESOLVED,
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
        load_demo_committed()
        server = start_server("localhost")
        yield f"http://localhost:{server.port}"
        server.terminate()
        reset_database()


@pytest.fixture
def phone_page(browser):
    """A page in a phone-sized, touch browser context."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def save_screenshot(page, name, always=False):
    """With `SCREENSHOTS=1` (or `always`), save a full-page screenshot under
    test-results/screenshots/<name>.jpg and return its path.

    The browser tests would leave some 300 full-page screenshots a run, for people to look at:
    they assert nothing, and cost Chromium about 0.16 CPU-seconds each (loading a screen and
    running axe on it cost about 0.45); so they are taken on request (`make screenshots`).
    Without them the page still waits for its web fonts, as Playwright's screenshot does, so
    that what is measured next (a button's place, the page's width) is measured in the same
    fonts either way. JPEG, not PNG: Chromium encodes a long page as PNG about four times
    slower (0.83 against 0.22 CPU-seconds for a 1280 x 12,000 page)."""
    if not (TAKE_SCREENSHOTS or always):
        page.evaluate("document.fonts.ready.then(() => null)")
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.jpg"
    page.screenshot(path=str(path), full_page=True, type="jpeg", quality=85)
    return path


# --- axe-core (axe-playwright-python's copy of axe.min.js) ---

BLOCKING = {"serious", "critical"}

#: axe.run in the page, giving back only what the tests report of each violation. Every rule
#: runs, as with axe-playwright-python's `Axe.run` (same `resultTypes` option); the page returns
#: a few hundred bytes instead of the whole result (each rule's passes and inapplicable
#: entries, the HTML of each node: some 55 kB a screen), about a tenth of axe's CPU cost.
AXE_RUN_JS = """([context, options]) => axe.run(context || document, options).then(
    results => results.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target),
    })))"""


def axe_violations(page, context=None, impacts=None):
    """The axe-core violations on the loaded page (or inside the selector `context`): every one,
    or those of an impact in `impacts`; each as "id (impact): help — the first three elements'
    selectors"."""
    page.evaluate(AXE_SCRIPT)
    found = page.evaluate(AXE_RUN_JS, [context, {"resultTypes": ["violations"]}])
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {v['targets'][:3]}"
        for v in found
        if impacts is None or v["impact"] in impacts
    ]


def blocking_violations(page):
    """The axe-core violations of serious or critical impact on the loaded page."""
    return axe_violations(page, impacts=BLOCKING)


def takes_frontend_measurements(selection):
    """Whether a run selecting the tests `selection` (pytest's `-m` expression, or nothing)
    takes the front-end measurements: the marker `frontend` (axe-core, Lighthouse, page
    weight) on a browser test. `make test` selects everything; `make test-postgres` and
    `make test-redis` select `-m "not frontend"`, since what the browser receives is the same
    on every database and cache."""
    from _pytest.mark.expression import Expression

    if not selection:
        return True
    marks = {"frontend", "browser"}
    return Expression.compile(selection).evaluate(lambda name, **_kwargs: name in marks)


@pytest.fixture(scope="session")
def frontend_measured(pytestconfig):
    """Whether this run takes the front-end measurements (takes_frontend_measurements). A walk
    that also checks what does depend on the database or the cache (the forms it sends, the
    screens it reaches) runs in every suite, and runs axe on its screens only when this is
    true."""
    return takes_frontend_measurements(pytestconfig.getoption("markexpr"))


HOST_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A city's own website</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>A city's own website</h1>
{snippet}
</body></html>"""


class CrossSiteHost:
    """Another website (another origin) that pastes a tool's embed code into its pages.

    `http://127.0.0.1:PORT` and `http://localhost:PORT` are different sites to the browser, so
    the tool, served on localhost, runs in a cross-site frame: Chromium sends it no cookie at
    all, as a browser that blocks third-party cookies does. It listens on 127.0.0.1, or on
    `address` (every address of the machine: "0.0.0.0").
    """

    def __init__(self, address="127.0.0.1"):
        self.pages = {}
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = host.pages.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write((body or "not found").encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((address, 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def publish(self, path, snippet):
        """Serve a page at `path` holding `snippet` (an embed code); return its URL."""
        self.pages[path] = HOST_PAGE.format(snippet=snippet)
        return self.origin + path


@pytest.fixture(scope="session")
def cross_site_host():
    host = CrossSiteHost()
    yield host
    host.server.shutdown()


def embed_snippet(customisation, site_url, language):
    """The embed code the admin gives the city, for the tool served at `site_url`."""
    from django.test import RequestFactory

    from tools.embed_code import embed_code

    host = site_url.split("://", 1)[1]
    request = RequestFactory().get("/", HTTP_HOST=host)
    return embed_code(customisation, request, language=language)


def allow_origin(customisation, origin):
    """Let `origin` frame the customisation (as a coordinator would list it in the admin)."""
    if origin not in customisation.allowed_origins:
        customisation.allowed_origins = [*customisation.allowed_origins, origin]
        customisation.save(update_fields=["allowed_origins"])


def city_customisations(tool_slug, city, django_db_blocker):
    """Every language version of `city`'s customisation of the tool `tool_slug`, English first."""
    from tools.registry import get_tool_type

    model = get_tool_type(tool_slug)
    assert model, f"no installed tool has the slug {tool_slug!r}"
    with django_db_blocker.unblock():
        customisations = list(
            model.objects.filter(city__slug=city).select_related("city", "locale").order_by("pk")
        )
    assert customisations, f"the demo content has no {tool_slug} for {city}"
    return customisations


@pytest.fixture(scope="session")
def embedding_page(demo_site, cross_site_host, django_db_blocker):
    """A function giving a page of a city's own site (another origin) that embeds a tool.

    `embedding_page(tool_slug, city)` lets the host frame every language version of the city's
    customisation (as its coordinator would list the site in the admin), publishes the admin's
    embed code (in `language`) on a page of that site and returns the page's URL.
    """

    def publish(tool_slug, city, language="en"):
        customisations = city_customisations(tool_slug, city, django_db_blocker)
        with django_db_blocker.unblock():
            for customisation in customisations:
                allow_origin(customisation, cross_site_host.origin)
            snippet = embed_snippet(customisations[0], demo_site, language)
        return cross_site_host.publish(f"/{language}/{city}/{tool_slug}.html", snippet)

    return publish


# --- Shared by the tool screens' tests (tests/browser/test_tool_*.py) ---

ANTIRUMOURS_CITY = "bilbao"
HERITAGE_CITY = "lisbon"
HERITAGE_PROJECT = "mouraria"


@pytest.fixture(scope="module")
def demo_keys(demo_site, django_db_blocker):
    """Slugs and ids the screens' URLs need: a rumour of Bilbao, an approved item of Lisbon."""
    from antirumours.content import rumours_for
    from cities.models import CityPage
    from heritage_mapping.models import HeritageItem, MappingProject

    with django_db_blocker.unblock():
        bilbao = CityPage.objects.get(slug=ANTIRUMOURS_CITY, locale__language_code="en")
        rumours = rumours_for(bilbao, "en")
        project = MappingProject.objects.get(
            slug=HERITAGE_PROJECT, city__slug=HERITAGE_CITY, locale__language_code="en"
        )
        item = HeritageItem.objects.approved().of_project(project).order_by("pk").first()
    assert rumours, "the demo content has no rumour card for Bilbao"
    assert item is not None, "the demo content has no approved heritage item for Lisbon"
    return {"rumour": rumours[0].slug, "project": project.slug, "item": item.pk}


@pytest.fixture
def tallies_restored(django_db_blocker):
    """The self-check's anonymous tallies, put back as they were after the test."""
    with restored_tallies(django_db_blocker):
        yield


@contextlib.contextmanager
def restored_tallies(django_db_blocker):
    """The self-check's anonymous tallies, put back as they were at the end of the block."""
    from checklists.models import SelfCheckTally

    fields = ("pk", "completions", "scored", "score_sum")
    with django_db_blocker.unblock():
        before = list(SelfCheckTally.objects.values_list(*fields))
    yield
    with django_db_blocker.unblock():
        SelfCheckTally.objects.exclude(pk__in=[row[0] for row in before]).delete()
        for pk, completions, scored, score_sum in before:
            SelfCheckTally.objects.filter(pk=pk).update(
                completions=completions, scored=scored, score_sum=score_sum
            )


@pytest.fixture
def antirumour_rows_restored(django_db_blocker):
    """Reports sent and checker answers counted during the test, undone after it."""
    from antirumours.models import CheckerTally, RumourReport

    with django_db_blocker.unblock():
        last_report = RumourReport.objects.order_by("-pk").values_list("pk", flat=True).first()
        counts = dict(CheckerTally.objects.values_list("pk", "count"))
    yield
    with django_db_blocker.unblock():
        RumourReport.objects.filter(pk__gt=last_report or 0).delete()
        CheckerTally.objects.exclude(pk__in=counts).delete()
        for pk, count in counts.items():
            CheckerTally.objects.filter(pk=pk).update(count=count)


@pytest.fixture(scope="module")
def module_context(browser, browser_context_args):
    """A browser context shared by a module's tests (for `reused_page`)."""
    context = browser.new_context(**browser_context_args)
    yield context
    context.close()


@pytest.fixture
def reused_page(module_context, request):
    """One page for a module's tests that each load a screen and check it, instead of a page in
    a context of its own per test: a new page costs Chromium a new renderer process, about 0.35
    CPU-seconds (against 0.12 for loading a screen in a page already open). The site keeps
    nothing in the browser but cookies: each test gets the page with none, and with no route;
    a test that fails closes it, and the next test gets a new one."""
    page = next((p for p in module_context.pages if not p.is_closed()), None)
    page = page or module_context.new_page()
    module_context.clear_cookies()
    failed_before = request.session.testsfailed
    yield page
    if request.session.testsfailed > failed_before or page.is_closed():
        page.close()
    else:
        page.unroute_all()
