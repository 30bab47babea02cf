"""The admin: a city's test with its chosen questions, and the question bank under "Tools"."""

import pytest

from citizenship_test.components import ACTION, KIND_SCENARIO
from citizenship_test.permissions import grant_question_permissions
from tests.citizenship_test.conftest import make_question
from tools.models import CityCoordinators

pytestmark = pytest.mark.django_db


def test_editor_edits_a_city_test_with_its_questions(client, superuser, bank, make_test, lisbon):
    test = make_test(lisbon, chosen=[(bank["a1"], "Reworded")])
    client.force_login(superuser)

    response = client.get(f"/admin/snippets/citizenship_test/citizenshiptest/edit/{test.pk}/")

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
    client, django_user_model, bank, lisbon, rijeka, locales
):
    own = make_question(
        locales["en"],
        "rijeka-own",
        ACTION,
        KIND_SCENARIO,
        "Rijeka only?",
        [("a", 0), ("b", 4)],
        city=rijeka,
    )
    group = CityCoordinators.for_city(lisbon).group
    grant_question_permissions(group)
    user = django_user_model.objects.create_user("coordinator", password="pw")
    user.groups.add(group)
    client.force_login(user)

    listing = client.get("/admin/snippets/citizenship_test/question/").content.decode()

    assert "Who may vote in local elections here?" in listing
    assert "Rijeka only?" not in listing
    response = client.get(f"/admin/snippets/citizenship_test/question/edit/{own.pk}/")
    assert response.status_code in (302, 403, 404)


def test_admin_preview_shows_the_city_version_of_the_test(rf, bank, make_test, lisbon):
    test = make_test(lisbon, chosen=[(bank["a1"], "Reworded for Lisbon")])
    request = rf.get("/")

    response = test.serve_preview(request, "embed")
    response.render()

    assert "Reworded for Lisbon" in response.content.decode()
    assert "Who may vote" not in response.content.decode()
