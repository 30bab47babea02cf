"""Interface text and tool content complete in every language of settings.LANGUAGES.

Fails on any untranslated or fuzzy entry, on a plural entry without all its forms, and on a
Plural-Forms header whose number of forms is not the one of that language.
"""

import re

import polib
import pytest
from django.conf import settings

from tests.languages import ALL_LANGUAGES, interface_catalogues, tool_content_gaps, unfinished

# Number of plural forms per language, as gettext (and Django's own catalogues) write them.
# Where CLDR added a form for large round numbers (es, fr, it, pt: "1 000 000 de ..."), both the
# classic and the CLDR count are right.
PLURAL_FORMS = {
    "en": {2},
    "fr": {2, 3},
    "pt": {2, 3},
    "es": {2, 3},
    "it": {2, 3},
    "de": {2},
    "uk": {3, 4},
    "ar": {6},
    "eu": {2},
    "fi": {2},
    "el": {2},
    "tr": {1, 2},
}
TRANSLATED = [code for code in ALL_LANGUAGES if code != settings.LANGUAGE_CODE]


def test_every_language_has_its_plural_rule_here():
    assert set(ALL_LANGUAGES) <= set(PLURAL_FORMS)


def nplurals(catalogue):
    header = catalogue.metadata.get("Plural-Forms", "")
    found = re.search(r"nplurals\s*=\s*(\d+)", header)
    return int(found.group(1)) if found else None


def plural_problems(path, code):
    catalogue = polib.pofile(str(path))
    count = nplurals(catalogue)
    problems = []
    if count not in PLURAL_FORMS[code]:
        problems.append(f"Plural-Forms has nplurals={count}")
    for entry in catalogue:
        if entry.msgid_plural and not entry.obsolete:
            forms = [entry.msgstr_plural.get(index, "") for index in range(count or 0)]
            if not all(forms) or len(entry.msgstr_plural) != count:
                problems.append(f"plural forms of {entry.msgid!r}")
    return problems


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_app_has_an_interface_catalogue_in_the_language(code):
    english = {path.parent.parent.parent for path in interface_catalogues("en")}
    found = {path.parent.parent.parent for path in interface_catalogues(code)}
    assert sorted(str(folder) for folder in english - found) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_interface_catalogues_are_complete(code):
    gaps = {
        str(path.relative_to(settings.BASE_DIR)): unfinished(path)
        for path in interface_catalogues(code)
    }
    assert {path: msgids for path, msgids in gaps.items() if msgids} == {}


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_are_right(code):
    problems = {
        str(path.relative_to(settings.BASE_DIR)): plural_problems(path, code)
        for path in interface_catalogues(code)
    }
    assert {path: found for path, found in problems.items() if found} == {}


@pytest.mark.parametrize("code", TRANSLATED)
def test_tool_content_is_complete(code):
    assert tool_content_gaps(code) == []


def test_an_empty_fuzzy_or_wrong_plural_entry_is_found(tmp_path):
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    catalogue.append(polib.POEntry(msgid="Next", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Back", msgstr="Takaisin", flags=["fuzzy"]))
    catalogue.append(
        polib.POEntry(
            msgid="%(n)s city", msgid_plural="%(n)s cities", msgstr_plural={0: "%(n)s kaupunki"}
        )
    )
    path = tmp_path / "django.po"
    catalogue.save(str(path))
    assert sorted(unfinished(path)) == ["Back", "Next"]
    assert plural_problems(path, "fi") == ["plural forms of '%(n)s city'"]
    assert plural_problems(path, "ar") == [
        "Plural-Forms has nplurals=2",
        "plural forms of '%(n)s city'",
    ]
