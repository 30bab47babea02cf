"""The admin: a city's test with its chosen questions, and the question bank under "Tools"."""

import pytest

from citizenship_test.components import ACTION, KIND_SCENARIO
from tests.citizenship_test.conftest import make_question
from tests.helpers import soup_of
from tools.models import CityCoordinators

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def test_editor_edits_a_city_test_with_its_questions(
    client, superuser, bank, make_customisation, lisbon
):
    customisation = make_customisation(lisbon, chosen=[(bank["a1"], "Reworded")])
    client.force_login(superuser)

    response = client.get(
        f"/admin/snippets/citizenship_test/citizenshiptest/edit/{customisation.pk}/"
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "chosen_questions-TOTAL_FORMS" in content
    assert "Reworded" in content
    assert "action_links" in content


def test_question_bank_is_listed_and_editable(client, superuser, bank):
    client.force_login(superuser)
    assert client.get("/admin/snippets/citizenship_test/question/").status_code == 200
    edit = client.get(f"/admin/snippets/citizenship_test/question/edit/{bank['a1'].pk}/")
    assert edit.status_code == 200


def test_coordinator_sees_the_bank_and_own_questions_but_not_another_city(
    client, django_user_model, bank, lisbon, rijeka_question
):
    own = rijeka_question
    group = CityCoordinators.for_city(lisbon).group
    user = django_user_model.objects.create_user("coordinator", password="pw")
    user.groups.add(group)
    client.force_login(user)

    listing = client.get("/admin/snippets/citizenship_test/question/").content.decode()

    assert "Who may vote in local elections here?" in listing
    assert "Rijeka only?" not in listing
    response = client.get(f"/admin/snippets/citizenship_test/question/edit/{own.pk}/")
    assert response.status_code in (302, 403, 404)


def test_admin_preview_shows_the_city_version_of_the_test(rf, bank, make_customisation, lisbon):
    customisation = make_customisation(lisbon, chosen=[(bank["a1"], "Reworded for Lisbon")])
    request = rf.get("/")

    response = customisation.serve_preview(request, "print")
    response.render()

    assert "Reworded for Lisbon" in response.content.decode()
    assert "Who may vote" not in response.content.decode()


CHOOSER = "/admin/snippets/choose/citizenship_test/question/"


def own_question(locales, city):
    """A scenario question that only `city` may use."""
    return make_question(
        locales["en"],
        f"{city.slug}-own",
        ACTION,
        KIND_SCENARIO,
        f"{city.title} only?",
        [("a", 0), ("b", 4)],
        city=city,
    )


@pytest.fixture
def rijeka_question(locales, rijeka):
    return own_question(locales, rijeka)


@pytest.fixture
def lisbon_question(locales, lisbon):
    return own_question(locales, lisbon)


def chooser_text(client, path):
    response = client.get(path)
    assert response.status_code == 200
    # The modal's HTML comes inside a JSON payload (the results view answers plain HTML).
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


@pytest.mark.parametrize("path", [CHOOSER, f"{CHOOSER}results/"])
def test_coordinator_chooses_among_shared_and_own_questions_only(
    client, coordinator_of, bank, lisbon, rijeka_question, lisbon_question, path
):
    client.force_login(coordinator_of(lisbon))

    listed = chooser_text(client, path)

    assert "Your street plans a party." in listed
    assert "Lisbon only?" in listed
    assert "Rijeka only?" not in listed


def test_coordinator_cannot_choose_another_city_question_by_its_id(
    client, coordinator_of, bank, lisbon, rijeka_question, lisbon_question
):
    client.force_login(coordinator_of(lisbon))

    refused = client.get(f"{CHOOSER}chosen/{rijeka_question.pk}/")
    chosen = client.get(f"{CHOOSER}chosen/{lisbon_question.pk}/")

    # A 404 outside the language prefixes is redirected by LocaleMiddleware; either way the
    # modal receives no question.
    assert refused.status_code in (302, 404)
    assert "Rijeka only?" not in refused.content.decode()
    assert chosen.json()["result"]["string"] == str(lisbon_question)


def test_editor_chooses_among_every_city_question(
    client, editor, bank, rijeka_question, lisbon_question
):
    client.force_login(editor)

    listed = chooser_text(client, f"{CHOOSER}results/")

    assert "Lisbon only?" in listed
    assert "Rijeka only?" in listed


def test_the_question_chooser_searches_the_coordinators_questions(
    client, coordinator_of, bank, lisbon, rijeka_question, lisbon_question
):
    client.force_login(coordinator_of(lisbon))

    modal = chooser_text(client, CHOOSER)
    found = chooser_text(client, f"{CHOOSER}results/?q=only")

    assert 'name="q"' in modal  # a search box above the list
    assert "Lisbon only?" in found
    assert "Your street plans a party." not in found  # a bank question without the word
    assert "Rijeka only?" not in found  # the word, in another city's question


def test_admin_preview_opens_on_the_first_step_as_residents_see_it(rf, lisbon_customisation):
    modes = dict(lisbon_customisation.preview_modes)

    response = lisbon_customisation.serve_preview(
        rf.get("/"), lisbon_customisation.default_preview_mode
    )
    response.render()
    first = soup_of(response, status=None)

    assert lisbon_customisation.default_preview_mode == "step-1"
    assert list(modes)[-1] == "print" and len(modes) == 6  # four components, review, print
    assert modes["step-2"] == "Step 2: Intercultural competences"
    assert first.select_one(".ct-progress__status").get_text(strip=True) == "Step 1 of 5"
    assert "Who may vote in local elections here?" in first.text
    assert "I enjoy hearing how others see things." not in first.text
    assert first.select("form.ct-form input[type=radio]")


def test_admin_preview_steps_through_the_wizard_and_keeps_the_printable_version(
    rf, lisbon_customisation
):
    second = lisbon_customisation.serve_preview(rf.get("/"), "step-2")
    second.render()
    printable = lisbon_customisation.serve_preview(rf.get("/"), "print")
    printable.render()

    assert "I enjoy hearing how others see things." in second.content.decode()
    assert "Who may vote" not in second.content.decode()
    text = printable.content.decode()
    assert "Who may vote" in text and "I enjoy hearing how others see things." in text
