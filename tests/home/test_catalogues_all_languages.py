"""Interface text and tool content complete in every language of settings.LANGUAGES.

Fails on any untranslated or fuzzy entry, on a plural entry without all its forms, on a
Plural-Forms header whose number of forms is not the one of that language, on a translation
(interface or tool content) that loses, adds or renames a placeholder or an HTML tag of its
English text, and on an English phrase left as its own translation.
"""

import functools
import re

import polib
import pytest
from django.conf import settings

from tests.languages import (
    ALL_LANGUAGES,
    catalogue_file,
    interface_catalogues,
    tool_content_gaps,
    unfinished,
)

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


@functools.cache
def parsed(path):
    """The catalogue at `path`, read once for all the checks (each reads every catalogue)."""
    return polib.pofile(str(path))


def problems_in(paths, check, *args):
    """What `check(path, *args)` finds wrong in each catalogue of `paths`, by its path in the
    project; the catalogues it finds nothing wrong in are left out."""
    found = {str(path.relative_to(settings.BASE_DIR)): check(path, *args) for path in paths}
    return {path: problems for path, problems in found.items() if problems}


def test_every_language_has_its_plural_rule_here():
    assert set(ALL_LANGUAGES) <= set(PLURAL_FORMS)


def nplurals(catalogue):
    header = catalogue.metadata.get("Plural-Forms", "")
    found = re.search(r"nplurals\s*=\s*(\d+)", header)
    return int(found.group(1)) if found else None


def plural_problems(path, code):
    catalogue = parsed(path)
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
    assert problems_in(interface_catalogues(code), unfinished) == {}


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_are_right(code):
    assert problems_in(interface_catalogues(code), plural_problems, code) == {}


@pytest.mark.parametrize("code", TRANSLATED)
def test_tool_content_is_complete(code):
    assert tool_content_gaps(code) == []


def test_an_empty_fuzzy_or_wrong_plural_entry_is_found(tmp_path):
    path = catalogue_file(
        tmp_path,
        polib.POEntry(msgid="Next", msgstr=""),
        polib.POEntry(msgid="Back", msgstr="Takaisin", flags=["fuzzy"]),
        polib.POEntry(
            msgid="%(n)s city", msgid_plural="%(n)s cities", msgstr_plural={0: "%(n)s kaupunki"}
        ),
        metadata={
            "Content-Type": "text/plain; charset=UTF-8",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        },
    )
    assert sorted(unfinished(path)) == ["Back", "Next"]
    assert plural_problems(path, "fi") == ["plural forms of '%(n)s city'"]
    assert plural_problems(path, "ar") == [
        "Plural-Forms has nplurals=2",
        "plural forms of '%(n)s city'",
    ]


def catalogues_of(code):
    """Every PO file of the language: interface catalogues and the demo content's (tools, home)."""
    return interface_catalogues(code) + sorted(settings.BASE_DIR.glob(f"*/demo/locale/{code}.po"))


# What a reader would see broken if a translation lost or renamed it: Python's %-placeholders
# (a literal %% set aside), brace placeholders, and HTML tags.
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{[\w.]*\}")
TAG = re.compile(r"</?([a-zA-Z][\w-]*)")


def placeholders(text):
    return {found.group(0) for found in PLACEHOLDER.finditer(text.replace("%%", ""))}


def tags(text):
    return sorted(TAG.findall(text))


def format_problems(path):
    """msgids whose translation does not carry the same placeholders and HTML tags.

    A plural form may leave out the number (Arabic says "one city" with a word), but no form
    may bring a placeholder the English does not have: formatting would fail.
    """
    problems = []
    for entry in parsed(path):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            allowed = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            forms = [text for text in entry.msgstr_plural.values() if text]
            if any(not placeholders(text) <= allowed for text in forms) or any(
                tags(text) != tags(entry.msgid_plural) for text in forms
            ):
                problems.append(entry.msgid)
        elif entry.msgstr and (
            placeholders(entry.msgstr) != placeholders(entry.msgid)
            or tags(entry.msgstr) != tags(entry.msgid)
        ):
            problems.append(entry.msgid)
    return problems


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders_and_tags_of_the_english(code):
    assert problems_in(catalogues_of(code), format_problems) == {}


# Names that stay in English in a translation: a publication not published in that language,
# a licence's own name.
ENGLISH_NAMES = {
    "OECD, International Migration Outlook 2013",
    "Creative Commons Attribution 4.0 (CC BY 4.0)",
}


def left_in_english(path):
    """msgids of three words or more whose translation is the English text itself.

    Single words are often the same in both languages (Status, Quiz, Photos), so they are not
    counted; a phrase copied unchanged is a translation nobody wrote.
    """
    found = []
    for entry in parsed(path):
        if entry.obsolete or entry.msgid_plural or entry.msgid in ENGLISH_NAMES:
            continue
        words = re.findall(r"[A-Za-z]{2,}", TAG.sub(" ", PLACEHOLDER.sub(" ", entry.msgid)))
        if len(words) >= 3 and entry.msgstr.strip() == entry.msgid.strip():
            found.append(entry.msgid)
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_english_phrase_is_left_as_a_translation(code):
    assert problems_in(catalogues_of(code), left_in_english) == {}


def test_a_lost_placeholder_a_broken_tag_or_english_left_in_place_is_found(tmp_path):
    path = catalogue_file(
        tmp_path,
        polib.POEntry(msgid="Hello %(name)s", msgstr="Hei %(nimi)s"),
        polib.POEntry(msgid="Saved at {time}.", msgstr="Tallennettu."),
        polib.POEntry(msgid="It is <strong>on</strong>.", msgstr="Se on päällä."),
        polib.POEntry(msgid="%(percent)s%% done", msgstr="%(percent)s %% valmis"),
        polib.POEntry(msgid="Send it to your colleague.", msgstr="Send it to your colleague."),
        polib.POEntry(msgid="Quiz", msgstr="Quiz"),
        polib.POEntry(
            msgid="%(n)s city",
            msgid_plural="%(n)s cities",
            msgstr_plural={0: "%(n)s kaupunki", 1: "%(count)s kaupunkia"},
        ),
        metadata={
            "Content-Type": "text/plain; charset=UTF-8",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        },
    )
    assert format_problems(path) == [
        "Hello %(name)s",
        "Saved at {time}.",
        "It is <strong>on</strong>.",
        "%(n)s city",
    ]
    assert left_in_english(path) == ["Send it to your colleague."]


# One register per language. Each catalogue speaks to the reader one way (French vous, German
# Sie, Spanish tú, Arabic the plural of address, ...); these are the unmistakable words of the
# other way. Quoted speech (« », “ ”) is left out: a dialogue may say tu.
OTHER_REGISTER = {
    "fr": r"\b(tu|ta|tes|toi)\b",
    "de": r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b",
    "es": r"\b(usted|ustedes|vosotros|vosotras)\b",
    "pt": r"\b(você|vocês|tu|teu|tua|teus|tuas)\b",
    "it": r"(?<=[a-zà-ù,] )(Lei|Suo|Sua|Suoi|Sue|La preghiamo)\b",
    "uk": r"(?<!\w)(ти|тебе|тобі|твій|твоя|твоє|твої|твого|твоєї|твоїх)(?!\w)",
    "ar": r"(?<!\w)(يمكنك|لديك|إجاباتك|إجابتك|مدينتك|مدنك|حسابك"
    r"|اختر|احفظ|أدخل|اكتب|انسخ|اطلب)(?!\w)",
    "eu": r"\b(hik|hire|hiretzat)\b",
    "fi": r"\b(te|teidän|teille|teitä)\b",
    "tr": r"\b(sen|senin|sana|seni)\b",
}
QUOTED = re.compile(r"«[^»]*»|“[^”]*”")


def other_register(path, code):
    """Translations that address the reader in the register the language's catalogues do not use."""
    words = re.compile(OTHER_REGISTER[code], re.IGNORECASE if code not in ("it", "ar") else 0)
    found = []
    for entry in parsed(path):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        if not entry.obsolete and any(words.search(QUOTED.sub(" ", text)) for text in texts):
            found.append(entry.msgid)
    return found


@pytest.mark.parametrize("code", [code for code in TRANSLATED if code in OTHER_REGISTER])
def test_each_language_keeps_one_register(code):
    assert problems_in(catalogues_of(code), other_register, code) == {}


def test_a_translation_in_the_other_register_is_found(tmp_path):
    path = catalogue_file(
        tmp_path,
        polib.POEntry(msgid="Choose an area.", msgstr="Elige un ámbito."),
        polib.POEntry(msgid="Enter them yourself.", msgstr="Introdúzcalas usted."),
        polib.POEntry(msgid="Where did you hear that?", msgstr="«¿Usted dónde lo oyó?»"),
    )
    assert other_register(path, "es") == ["Enter them yourself."]


TAG_WITH_ATTRIBUTES = re.compile(r"<[^>]*>")


def straight_quotes(path):
    """msgids whose translation quotes with English straight double quotes (outside HTML tags).

    Every language here has its own quotation marks (« », „ “, ” ”, “ ”).
    """
    found = []
    for entry in parsed(path):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        if not entry.obsolete and any('"' in TAG_WITH_ATTRIBUTES.sub("", text) for text in texts):
            found.append(entry.msgid)
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_use_the_quotation_marks_of_their_language(code):
    assert problems_in(catalogues_of(code), straight_quotes) == {}


def test_straight_quotes_are_found_but_not_in_html_attributes(tmp_path):
    quoted = polib.POEntry(msgid='For example "Town hall"', msgstr='Zum Beispiel "Rathaus"')
    link = polib.POEntry(
        msgid='See <a href="%(url)s">it</a>', msgstr='Siehe <a href="%(url)s">hier</a>'
    )
    path = catalogue_file(
        tmp_path,
        quoted,
        link,
    )
    assert straight_quotes(path) == ['For example "Town hall"']
