"""What a city chooses changes what its residents see: subset, order, rewording, own question."""

import pytest
from django.core.exceptions import ValidationError

from citizenship_test.components import ACTION, KIND_SCENARIO, KNOWLEDGE
from citizenship_test.models import ChosenQuestion
from citizenship_test.models.questionnaire import Questionnaire
from tests.citizenship_test.conftest import Resident, make_question

pytestmark = pytest.mark.django_db

REWORDED = "Can a landlord in Rijeka turn you away for your origin?"


@pytest.fixture
def rijeka_customisation(bank, make_customisation, rijeka, locales):
    own = make_question(
        locales["en"],
        "rijeka-port",
        ACTION,
        KIND_SCENARIO,
        "Seasonal port workers arrive. You...",
        [("ignore them", 0), ("invite them to your club", 4)],
        city=rijeka,
    )
    return make_customisation(
        rijeka,
        chosen=[
            (bank["a2"], ""),
            (own, ""),
            (bank["k2"], REWORDED),
        ],
    )


def legends(resident):
    return [legend.get_text(" ", strip=True) for legend in resident.soup.select("legend")]


def test_city_sees_its_subset_in_its_order_with_its_rewording_and_own_question(
    rijeka_customisation,
):
    resident = Resident("/en/embed/citizenship-test/rijeka/")
    resident.start()

    # Action comes first because the city put an action question first.
    assert resident.step_status() == "Step 1 of 3"
    assert legends(resident) == [
        "1. Your street plans a party. You...",
        "2. Seasonal port workers arrive. You...",
    ]
    resident.answer_all()
    assert legends(resident) == ["1. Can a landlord in Rijeka turn you away for your origin?"]


def test_city_without_choices_gets_the_default_short_version(lisbon_customisation):
    resident = Resident("/en/embed/citizenship-test/lisbon/")
    resident.start()
    assert legends(resident) == [
        "1. Who may vote in local elections here?",
        "2. Is a landlord allowed to refuse a tenant for their origin?",
    ]
    assert len(Questionnaire(lisbon_customisation, "en")) == 8


def test_one_city_choices_do_not_change_another_city(rijeka_customisation, lisbon_customisation):
    assert len(Questionnaire(lisbon_customisation, "en")) == 8
    assert len(Questionnaire(rijeka_customisation, "en")) == 3


def test_a_city_cannot_use_another_city_question(rijeka_customisation, lisbon_customisation, bank):
    foreign = rijeka_customisation.chosen_questions.get(question__code="rijeka-port").question
    lisbon_customisation.chosen_questions = [ChosenQuestion(question=foreign)]

    with pytest.raises(ValidationError):
        lisbon_customisation.clean()
    # Even if it slipped in, residents of Lisbon would not see it.
    lisbon_customisation.save()
    assert [q.key for q in Questionnaire(lisbon_customisation, "en").questions] == []


def test_french_customisation_shows_french_questions_and_drops_english_rewording(
    rijeka_customisation, locales, bank
):
    from icc_site.localize import publish_translation

    own = rijeka_customisation.chosen_questions.get(question__code="rijeka-port").question
    publish_translation(
        own,
        locales["fr"],
        {"Seasonal port workers arrive. You...": "Des saisonniers arrivent. Vous..."},
    )
    publish_translation(
        rijeka_customisation,
        locales["fr"],
        {REWORDED: "Un bailleur de Rijeka peut-il vous refuser ?"},
    )
    questionnaire = Questionnaire(rijeka_customisation.get_translation(locales["fr"]), "fr")

    assert [q.prompt for q in questionnaire.questions] == [
        "Votre rue prépare une fête. Vous...",
        "Des saisonniers arrivent. Vous...",
        "Un bailleur de Rijeka peut-il vous refuser ?",
    ]
    assert questionnaire.components() == [ACTION, KNOWLEDGE]


def test_the_page_is_in_the_city_colours(lisbon_customisation):
    response = Resident("/en/embed/citizenship-test/lisbon/").start()
    assert "--tool-primary: #123456" in response.content.decode()
