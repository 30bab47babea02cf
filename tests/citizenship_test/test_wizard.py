"""The wizard end to end with the test client, with no cookie at all (as in a cross-site frame)."""

import pytest
from django.test import Client

from citizenship_test.models import Completion
from icc_site.localize import publish_translation
from tests.citizenship_test.conftest import EMBED, Resident
from tests.helpers import signed_state_checks

pytestmark = pytest.mark.django_db


def test_resident_completes_the_test_in_english_without_cookies(lisbon_customisation):
    resident = Resident(EMBED)
    response = resident.start()
    assert response.status_code == 200 and not response.cookies
    assert resident.step_status() == "Step 1 of 5"
    current_step = resident.soup.select_one("[aria-current=step]").get_text()
    assert current_step == "1. Knowledge of human rights"
    assert resident.soup.select_one("progress")["value"] == "1"
    for number in range(2, 6):
        resident.answer_all()
        assert resident.step_status() == f"Step {number} of 5"
    assert "Who may vote in local elections here?" in resident.soup.select_one(".ct-review").text

    final = resident.post()

    assert final.status_code == 303
    assert final["Location"].startswith("/en/embed/citizenship-test/lisbon/results/")
    completion = Completion.objects.get()
    assert completion.customisation == lisbon_customisation
    assert completion.language == "en"
    # The last option everywhere: every knowledge answer right, every scenario's best option,
    # "strongly agree" everywhere (so the reversed competence statement scores 0).
    assert completion.knowledge_score == 100
    assert completion.competences_score == 50
    assert completion.action_score == 100
    assert completion.questions_asked == completion.questions_answered == 8


def test_resident_completes_the_test_in_french(french_lisbon_customisation):
    resident = Resident("/fr/embed/citizenship-test/lisbon/")
    resident.start()
    assert resident.soup.html["lang"] == "fr"
    assert resident.step_status() == "Étape 1 sur 5"
    legends = [legend.get_text(" ", strip=True) for legend in resident.soup.select("legend")]
    assert "1. Qui peut voter aux élections locales ici ?" in legends
    resident.to_review()
    assert resident.soup.select_one(".ct-actions button").get_text() == (
        "Envoyer mes réponses et voir mes résultats"
    )

    final = resident.post()

    assert final["Location"].startswith("/fr/embed/citizenship-test/lisbon/results/")
    completion = Completion.objects.get()
    assert completion.language == "fr"
    assert completion.customisation == french_lisbon_customisation
    results = Resident(final["Location"]).start()
    assert "Vos résultats" in results.content.decode()


def test_every_question_is_a_fieldset_with_a_legend_and_labelled_radios(lisbon_customisation):
    resident = Resident(EMBED)
    resident.start()

    fieldsets = resident.soup.select("form.ct-form fieldset")
    assert len(fieldsets) == 2
    for fieldset in fieldsets:
        assert fieldset.legend.get_text(strip=True)
        for radio in fieldset.select("input[type=radio]"):
            assert resident.soup.select_one(f"label[for={radio['id']}]")
    assert resident.soup.select_one("nav.ct-progress ol li[aria-current=step]")


def test_back_button_keeps_the_answers_of_both_pages(lisbon_customisation):
    resident = Resident(EMBED)
    resident.start()
    resident.answer_all(lambda name, values: values[0])
    # On step 2, tick one of two questions, then go back.
    names = resident.radio_names()
    resident.post({names[0]: "2", "wizard_goto_step": "knowledge"})
    assert resident.step_status() == "Step 1 of 5"
    first_page_answers = resident.checked()
    assert set(first_page_answers.values()) == {"0"} and len(first_page_answers) == 2

    resident.post()  # Next again, answers unchanged

    assert resident.step_status() == "Step 2 of 5"
    assert resident.checked() == {names[0]: "2"}


def test_a_missing_answer_is_explained_and_nothing_is_lost(lisbon_customisation):
    resident = Resident(EMBED)
    resident.start()
    resident.answer_all()
    names = resident.radio_names()

    response = resident.post({names[0]: "4"})

    assert response.status_code == 200
    assert resident.step_status() == "Step 2 of 5"
    assert resident.soup.title.get_text().startswith("Error:")
    errors = resident.soup.select(".ct-question__error")
    assert [e.get_text() for e in errors] == ["Please choose an answer to this question."]
    assert resident.soup.select_one(f"#q-{names[1]}")["aria-describedby"] == errors[0]["id"]
    assert resident.soup.select_one(".ct-error-summary a")["href"] == f"#q-{names[1]}"
    assert resident.checked() == {names[0]: "4"}
    # The first page's answers are still in the signed state.
    resident.post({"wizard_goto_step": "knowledge"})
    assert len(resident.checked()) == 2


def test_reloading_a_step_shows_the_same_answers(lisbon_customisation):
    resident = Resident(EMBED)
    resident.start()
    resident.answer_all()
    data = {**resident.form_data(), "wizard_goto_step": "knowledge"}

    first = resident.post({"wizard_goto_step": "knowledge"})
    # The browser re-sends the same form on reload.
    again = Resident(EMBED)
    again.response = Client().post(EMBED, data, HTTP_ORIGIN="http://testserver")

    assert first.status_code == again.response.status_code == 200
    assert again.checked() == resident.checked() and len(again.checked()) == 2


def test_the_full_page_route_works_too(lisbon_customisation, home_page):
    resident = Resident("/en/tools/citizenship-test/lisbon/")
    resident.start()
    assert resident.soup.select_one(".site-header")
    resident.to_review()

    final = resident.post()

    assert final["Location"].startswith("/en/tools/citizenship-test/lisbon/results/")
    assert Completion.objects.count() == 1


def test_demographic_questions_appear_only_when_the_city_turns_them_on(
    bank, make_customisation, lisbon
):
    make_customisation(lisbon, ask_age_band=True)
    resident = Resident(EMBED).answer_steps(4)
    assert resident.step_status() == "Step 5 of 6"
    assert [legend.get_text() for legend in resident.soup.select("legend")] == ["How old are you?"]

    resident.post({"about-you-age_band": "30-44"})
    resident.post()

    completion = Completion.objects.get()
    assert completion.age_band == "30-44"
    assert completion.years_in_city == ""


def test_a_question_not_translated_yet_keeps_its_own_language_label(
    bank, make_customisation, lisbon, locales
):
    from citizenship_test.components import KIND_CHOICE, KNOWLEDGE
    from tests.citizenship_test.conftest import make_question

    untranslated = make_question(
        locales["en"],
        "k9",
        KNOWLEDGE,
        KIND_CHOICE,
        "Where is the welcome desk?",
        options=[("At the town hall", 4), ("Nowhere", 0)],
    )
    translated = bank["k1"]
    customisation = make_customisation(lisbon, chosen=[(translated, ""), (untranslated, "")])
    publish_translation(customisation, locales["fr"], {})
    resident = Resident("/fr/embed/citizenship-test/lisbon/")
    resident.start()
    labels = {
        fieldset.legend.get_text(" ", strip=True): fieldset.get("lang")
        for fieldset in resident.soup.select("fieldset.ct-question")
    }
    assert labels == {
        "1. Qui peut voter aux élections locales ici ?": None,
        "2. Where is the welcome desk?": "en",
    }


def test_the_final_post_checks_its_signed_state_once(lisbon_customisation, monkeypatch):
    resident = Resident(EMBED)
    resident.to_review()
    checked = signed_state_checks(monkeypatch)

    final = resident.post()

    assert final.status_code == 303 and Completion.objects.count() == 1
    assert len(checked()) == 1
