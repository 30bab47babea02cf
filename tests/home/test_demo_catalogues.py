"""The tools' shared content is translated from PO files (`<app>/demo/locale/<xx>.po`)."""

import polib
import pytest
from django.conf import settings

from citizenship_test.models import Question
from icc_site.localize import DemoCatalogues, demo_catalogue_folder, read_catalogue
from tests.citizenship_test.conftest import KIND_CHOICE, KNOWLEDGE, make_question

TOOL_APPS = [
    "citizenship_test",
    "checklists",
    "antirumours",
    "heritage_mapping",
    "intercultural_index",
]


def write_po(path, language, entries, fuzzy=()):
    catalogue = polib.POFile()
    catalogue.metadata = {"Language": language, "Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr in entries.items():
        catalogue.append(
            polib.POEntry(msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if msgid in fuzzy else [])
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))


@pytest.fixture
def question(locales):
    return make_question(
        locales["en"],
        "K9",
        KNOWLEDGE,
        KIND_CHOICE,
        "Who runs the welcome desk?",
        options=[("The city", 4), ("Nobody", 0)],
    )


@pytest.fixture
def catalogues(tmp_path):
    found = DemoCatalogues("citizenship_test")
    found.folder = tmp_path
    return found


GERMAN = {
    "Who runs the welcome desk?": "Wer betreut den Empfangsschalter?",
    "The city": "Die Stadt",
    "Nobody": "Niemand",
    "Why K9 matters.": "Warum K9 wichtig ist.",
    "Idea for K9.": "Eine Idee zu K9.",
}


def test_a_new_language_is_one_more_po_file(question, catalogues, locales):
    write_po(catalogues.folder / "de.po", "de", GERMAN)
    assert catalogues.translate(question, locales) == ["de"]
    german = Question.objects.get(translation_key=question.translation_key, locale=locales["de"])
    assert german.prompt == "Wer betreut den Empfangsschalter?"
    assert [option.value["text"] for option in german.options] == ["Die Stadt", "Niemand"]


def test_the_translation_is_a_wagtail_localize_record_editors_can_keep_editing(
    question, catalogues, locales
):
    from wagtail_localize.models import Translation

    write_po(catalogues.folder / "de.po", "de", GERMAN)
    catalogues.translate(question, locales)
    assert Translation.objects.filter(
        source__object_id=question.translation_key, target_locale=locales["de"]
    ).exists()


def test_an_object_with_a_text_missing_stays_out_of_that_language(question, catalogues, locales):
    incomplete = dict(GERMAN)
    incomplete.pop("Nobody")
    write_po(catalogues.folder / "de.po", "de", incomplete)
    assert catalogues.translate(question, locales) == []
    assert not Question.objects.filter(
        translation_key=question.translation_key, locale=locales["de"]
    ).exists()


def test_a_fuzzy_entry_does_not_count_as_translated(question, catalogues, locales):
    write_po(catalogues.folder / "de.po", "de", GERMAN, fuzzy={"Nobody"})
    assert catalogues.translate(question, locales) == []


def test_loading_twice_keeps_what_editors_changed(question, catalogues, locales):
    write_po(catalogues.folder / "de.po", "de", GERMAN)
    catalogues.translate(question, locales)
    german = Question.objects.get(translation_key=question.translation_key, locale=locales["de"])
    german.prompt = "Wer kümmert sich um den Empfang?"
    german.save()
    assert catalogues.translate(question, locales) == []
    german.refresh_from_db()
    assert german.prompt == "Wer kümmert sich um den Empfang?"


@pytest.mark.parametrize("app_label", TOOL_APPS)
def test_every_tool_app_ships_the_source_texts_and_french(app_label):
    folder = demo_catalogue_folder(app_label)
    template = polib.pofile(str(folder / "demo.pot"))
    assert len(template) > 10
    french = read_catalogue(folder / "fr.po")
    assert [entry.msgid for entry in template if entry.msgid not in french] == []


@pytest.mark.parametrize("app_label", TOOL_APPS)
def test_tool_po_files_are_only_for_content_languages(app_label):
    known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    folder = demo_catalogue_folder(app_label)
    assert {path.stem for path in folder.glob("*.po")} <= known
