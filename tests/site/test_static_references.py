"""Every static file a page or a stylesheet refers to exists.

Stylesheets do not `@import` one another: a nested relative import is resolved against the
page's address by tools that re-read the CSS (axe-core did so in the browser tests, asking for
`/uk/tools/council-checklist/lisbon/charts.css`), and each import costs the browser one more
round trip before the page is styled. Pages link every stylesheet they need themselves.
"""

import posixpath
import re

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

URL_IN_CSS = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
VENDORED = "vendor"


def project_stylesheets():
    """(static path, text) of every stylesheet the project's apps ship (vendored ones aside)."""
    found = []
    for path in settings.BASE_DIR.glob("*/static/**/*.css"):
        parts = path.relative_to(settings.BASE_DIR).parts
        if ".venv" in parts or VENDORED in parts or parts[0] in {"staticfiles", "node_modules"}:
            continue
        static_path = "/".join(parts[2:])
        found.append((static_path, path.read_text(encoding="utf-8")))
    return found


def missing_from_stylesheet(static_path, text):
    """The url(...) references of a stylesheet that no static file answers."""
    missing = []
    for reference in URL_IN_CSS.findall(text):
        if reference.startswith(("data:", "#", "http:", "https:", "/")):
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(static_path), reference))
        if not finders.find(target.split("?")[0].split("#")[0]):
            missing.append(f"{static_path}: {reference}")
    return missing


def unresolved_static_references(html):
    """The static files a page links (stylesheets, scripts, images) that do not exist, and the
    missing files its stylesheets refer to in turn."""
    soup = BeautifulSoup(html, "html.parser")
    references = [node.get("href") for node in soup.select("link[href]")]
    references += [node.get("src") for node in soup.select("script[src], img[src]")]
    missing = []
    for reference in references:
        if not reference.startswith(settings.STATIC_URL):
            continue
        static_path = reference[len(settings.STATIC_URL) :].split("?")[0]
        found = finders.find(static_path)
        if not found:
            missing.append(reference)
        elif static_path.endswith(".css"):
            with open(found, encoding="utf-8") as stylesheet:
                missing += missing_from_stylesheet(static_path, stylesheet.read())
    return missing


def test_no_stylesheet_imports_another():
    importing = [path for path, text in project_stylesheets() if "@import" in text]
    assert importing == []


def test_every_file_a_stylesheet_refers_to_exists():
    stylesheets = project_stylesheets()
    assert any(path == "tools/charts.css" for path, _text in stylesheets)
    missing = [item for path, text in stylesheets for item in missing_from_stylesheet(path, text)]
    assert missing == []
