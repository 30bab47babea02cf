"""Which languages the site really has, for the tests parametrised over every language.

Every language in settings is complete: every interface catalogue has all its entries
translated (none fuzzy) and every tool app's `demo/locale/<xx>.po` translates every text of
`demo.pot` (tests/home/test_catalogues_all_languages.py checks both). So the language tests run
for every language, none skipped: a new language fails them until its translators are done.
"""

import functools

import langid
import polib
from django.conf import settings

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]
TOOL_CONTENT_APPS = [
    "citizenship_test",
    "checklists",
    "antirumours",
    "heritage_mapping",
    "intercultural_index",
]
CATALOGUE_PATTERNS = [
    "locale/{code}/LC_MESSAGES/django.po",
    "*/locale/{code}/LC_MESSAGES/django.po",
    "tools/*/locale/{code}/LC_MESSAGES/django.po",
]


def interface_catalogues(code):
    return sorted(
        path
        for pattern in CATALOGUE_PATTERNS
        for path in settings.BASE_DIR.glob(pattern.format(code=code))
        if ".venv" not in path.parts
    )


def unfinished(path):
    """msgids a reader would still see untranslated: empty, fuzzy (or a missing file)."""
    if not path.exists():
        return [f"(no file {path.name})"]
    catalogue = polib.pofile(str(path))
    entries = catalogue.untranslated_entries() + catalogue.fuzzy_entries()
    return [entry.msgid for entry in entries if not entry.obsolete]


def catalogue_file(folder, *entries, metadata=None):
    """A django.po in `folder` holding `entries` (polib.POEntry): a catalogue made up for the
    catalogue checks' own tests."""
    catalogue = polib.POFile()
    if metadata is not None:
        catalogue.metadata = metadata
    for entry in entries:
        catalogue.append(entry)
    path = folder / "django.po"
    catalogue.save(str(path))
    return path


def tool_content_gaps(code):
    """msgids of the tools' shared content that `<app>/demo/locale/<code>.po` lacks."""
    gaps = []
    for app in TOOL_CONTENT_APPS:
        folder = settings.BASE_DIR / app / "demo" / "locale"
        template = polib.pofile(str(folder / "demo.pot"))
        path = folder / f"{code}.po"
        if not path.exists():
            gaps.append(f"{app}: no {code}.po")
            continue
        translated = {
            entry.msgid
            for entry in polib.pofile(str(path)).translated_entries()
            if "fuzzy" not in entry.flags
        }
        gaps += [f"{app}: {entry.msgid}" for entry in template if entry.msgid not in translated]
    return gaps


@functools.cache
def _identifier():
    langid.set_languages(ALL_LANGUAGES)
    return langid


def identify(text):
    """The language langid finds in `text`, among the site's languages."""
    return _identifier().classify(text)[0]


# The visible text of a page as a reader sees it in its declared language: the language
# switcher (each name in its own language) and any element honestly labelled with another
# `lang` are left out.
VISIBLE_TEXT_JS = """() => {
    const root = document.documentElement;
    const own = root.lang;
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('script, style, noscript, .language-switcher, .visually-hidden')
        .forEach((node) => node.remove());
    copy.querySelectorAll('[lang]').forEach((node) => {
        if (node.lang && node.lang !== own) node.remove();
    });
    return copy.innerText || copy.textContent;
}"""


def visible_text_of_html(html):
    """The same, from HTML (for the crawl, which does not run a browser)."""
    from bs4 import BeautifulSoup

    return visible_text_of_soup(BeautifulSoup(html, "html.parser"))


def visible_text_of_soup(soup):
    """The same, from a page already parsed by BeautifulSoup (whose hidden and other-language
    parts it removes)."""
    own = soup.html.get("lang", "") if soup.html else ""
    body = soup.body or soup
    for node in body.select("script, style, noscript, .language-switcher, .visually-hidden"):
        node.decompose()
    for node in body.select("[lang]"):
        if node.get("lang") and node.get("lang") != own:
            node.decompose()
    return body.get_text(" ", strip=True)
