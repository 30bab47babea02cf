"""The interface strings are complete in French, and a French page shows them in French."""

import re

import polib
import pytest
from django.conf import settings

from tests.helpers import soup_of
from tests.languages import catalogue_file

pytestmark = pytest.mark.indexes

# Each app keeps its own catalogue; tool apps live one level down; site/ uses the root one.
FRENCH_CATALOGUE_PATTERNS = [
    "locale/fr/LC_MESSAGES/django.po",
    "*/locale/fr/LC_MESSAGES/django.po",
    "tools/*/locale/fr/LC_MESSAGES/django.po",
]


def french_catalogues():
    return sorted(
        path.relative_to(settings.BASE_DIR)
        for pattern in FRENCH_CATALOGUE_PATTERNS
        for path in settings.BASE_DIR.glob(pattern)
    )


def unfinished_entries(path):
    """The msgids of a catalogue that a French reader would still see in English."""
    catalogue = polib.pofile(str(path))
    unfinished = catalogue.untranslated_entries() + catalogue.fuzzy_entries()
    return [entry.msgid for entry in unfinished if not entry.obsolete]


def test_every_app_with_interface_strings_has_a_french_catalogue():
    found = {str(path) for path in french_catalogues()}
    expected = {
        f"{folder}/LC_MESSAGES/django.po"
        for folder in [
            "locale/fr",
            "home/locale/fr",
            "cities/locale/fr",
            "practices/locale/fr",
            "publications/locale/fr",
            "news/locale/fr",
            "tools/locale/fr",
        ]
    }
    assert expected <= found


@pytest.mark.parametrize("path", french_catalogues(), ids=str)
def test_french_catalogue_is_complete(path):
    assert unfinished_entries(settings.BASE_DIR / path) == []


# An ordinary space before : ; ? ! or » (or after «) can break the line there; no space at all
# is English typography. A colon right after a digit (14:30) or inside an address, and a ? inside
# a link's query, are not punctuation of the sentence.
FRENCH_SPACING_ERRORS = re.compile(
    r" [:;?!»]|« |[^\s\u00a0\u202f][;?!](?=\s|$)|[^\s\u00a0\u202f\d]:(?=\s|$)"
    r"|«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»"
)


def ordinary_spaces_before_high_punctuation(path):
    """French translations without a non-breaking space before : ; ? ! » or after «."""
    catalogue = polib.pofile(str(path))
    texts = [entry.msgstr for entry in catalogue] + [
        text for entry in catalogue for text in entry.msgstr_plural.values()
    ]
    return [text for text in texts if FRENCH_SPACING_ERRORS.search(text)]


FRENCH_TOOL_CONTENT = sorted(
    path.relative_to(settings.BASE_DIR) for path in settings.BASE_DIR.glob("**/demo/locale/fr.po")
)


@pytest.mark.parametrize("path", french_catalogues() + FRENCH_TOOL_CONTENT, ids=str)
def test_french_puts_a_non_breaking_space_before_high_punctuation(path):
    assert ordinary_spaces_before_high_punctuation(settings.BASE_DIR / path) == []


def test_an_ordinary_space_before_a_question_mark_is_found(tmp_path):
    path = catalogue_file(
        tmp_path,
        polib.POEntry(msgid="Ready?", msgstr="Prêt ?"),
        polib.POEntry(msgid="Note:", msgstr="Note\u00a0:"),
        polib.POEntry(msgid="Done!", msgstr="Terminé!"),
        polib.POEntry(msgid="Error:", msgstr="Erreur:"),
        polib.POEntry(msgid="“Yes”", msgstr="«Oui»"),
        polib.POEntry(msgid="At 14:30", msgstr="À 14:30"),
        polib.POEntry(msgid="See /search?page=2", msgstr="Voir /search?page=2"),
    )
    assert ordinary_spaces_before_high_punctuation(path) == [
        "Prêt ?",
        "Terminé!",
        "Erreur:",
        "«Oui»",
    ]


def test_an_untranslated_or_fuzzy_string_counts_as_unfinished(tmp_path):
    path = catalogue_file(
        tmp_path,
        polib.POEntry(msgid="Search", msgstr="Rechercher"),
        polib.POEntry(msgid="Next", msgstr=""),
        polib.POEntry(msgid="Previous", msgstr="Précédent", flags=["fuzzy"]),
        polib.POEntry(
            msgid="%(counter)s city",
            msgid_plural="%(counter)s cities",
            msgstr_plural={0: "%(counter)s ville", 1: ""},
        ),
        metadata={"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"},
    )
    assert sorted(unfinished_entries(path)) == ["%(counter)s city", "Next", "Previous"]


@pytest.mark.django_db
def test_french_search_page_speaks_french(client, french_home):
    response = client.get("/fr/search/", {"query": "x"})
    soup = soup_of(response, status=None)
    assert soup.select_one(".skip-link").get_text(strip=True) == "Aller au contenu"
    buttons = {button.get_text(strip=True) for button in soup.select("button[type=submit]")}
    assert buttons == {"Rechercher"}
    assert soup.h1.get_text(strip=True) == "Rechercher"
    assert "Aucun résultat pour «\u00a0x\u00a0»." in soup.get_text(" ", strip=True)
    assert "Skip to content" not in response.content.decode()


@pytest.mark.django_db
def test_english_search_page_keeps_english(client, home_page):
    soup = soup_of(client.get("/en/search/", {"query": "x"}), status=None)
    assert soup.select_one(".skip-link").get_text(strip=True) == "Skip to content"
