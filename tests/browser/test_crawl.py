"""A crawl of the public demo site in every language: no link leads to a 404, and no page's
visible text is in another language than its `lang` (langid decides).

It follows the links of the public pages (not the admin, the API, documents or media) up to
three clicks from `/<language>/`, as a visitor would, on the live demo server.
"""

import re
from collections import deque
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

import pytest
from bs4 import BeautifulSoup

from tests.languages import (
    ALL_LANGUAGES,
    identify,
    visible_text_of_soup,
)

pytestmark = pytest.mark.browser

DEPTH = 3
MOST_PAGES = 150
ENOUGH_TEXT = 200  # shorter pages (a form, a list of names) are not judged by their language
SKIPPED = re.compile(r"^/(admin|documents|api|media|static|jsi18n)/|/(feed|atom|rss)/?$|\.\w+$")


class NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url):
    """(status, final URL, HTML or "") following redirects by hand, at most five."""
    opener = build_opener(NoRedirect)
    for _hop in range(5):
        try:
            response = opener.open(Request(url, headers={"Accept-Language": "en"}), timeout=30)
        except HTTPError as error:
            if error.code in (301, 302, 303, 307, 308):
                url = urljoin(url, error.headers["Location"])
                continue
            return error.code, url, ""
        kind = response.headers.get("Content-Type", "")
        body = response.read().decode("utf-8", "replace") if "html" in kind else ""
        return response.status, url, body
    return 310, url, ""


def links_of(soup, base, origin):
    for anchor in soup.select("a[href]"):
        url, _fragment = urldefrag(urljoin(base, anchor["href"]))
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != origin or SKIPPED.search(parts.path):
            continue
        if parts.query and not parts.query.startswith("from="):
            continue  # filters and pages of a list: the same page over and over
        yield url


def crawl(origin, code):
    """Broken links and pages labelled with one language but written in another."""
    start = f"{origin}/{code}/"
    seen, queue = {start}, deque([(start, 0, "(start)")])
    broken, mislabelled = [], []
    while queue and len(seen) <= MOST_PAGES:
        url, depth, referrer = queue.popleft()
        status, final, html = fetch(url)
        if status == 404 or status >= 500:
            broken.append(f"{status} {url} (linked from {referrer})")
            continue
        if not html:
            continue
        # Parsed once: the links first, then the visible text (which removes the language
        # switcher and the hidden parts from the parsed page).
        soup = BeautifulSoup(html, "html.parser")
        links = list(links_of(soup, final, origin)) if depth < DEPTH else []
        lang = soup.html.get("lang") if soup.html else None
        text = visible_text_of_soup(soup)
        if lang in ALL_LANGUAGES and len(text) >= ENOUGH_TEXT and identify(text) != lang:
            mislabelled.append(f"{final} is lang={lang} but reads as {identify(text)}")
        for link in links:
            if link not in seen:
                seen.add(link)
                queue.append((link, depth + 1, final))
    return broken, mislabelled


@pytest.mark.parametrize("code", ALL_LANGUAGES)
def test_crawl_finds_no_dead_link_and_no_mislabelled_page(demo_site, code):
    broken, mislabelled = crawl(demo_site, code)
    assert broken == []
    assert mislabelled == []
