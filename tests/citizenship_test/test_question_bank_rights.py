"""The question bank in the admin: a coordinator writes only their own city's questions; the
shared bank and the default short test belong to editors. Checked through the admin's own
forms, with what a browser could post."""

import pytest

from citizenship_test.models import Question
from tests.citizenship_test.conftest import make_question
from tools.models import CityCoordinators

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

BANK = "/admin/snippets/citizenship_test/question/"


def scale_question(locales, code, city=None, **extra):
    return make_question(
        locales["en"], code, "competences", "scale", f"Statement {code}", city=city, **extra
    )


def posted(question, **overrides):
    """The edit form of a 1-5 statement as a browser posts it."""
    data = {
        "prompt": question.prompt,
        "component": question.component,
        "kind": question.kind,
        "options-count": "0",
        "explanation": question.explanation,
        "idea_for_action": question.idea_for_action,
        "city": question.city_id or "",
        "short_version_position": "0",
        "code": question.code,
    }
    data.update(overrides)
    return data


def test_coordinator_cannot_save_a_question_of_another_city(
    lisbon_coordinator_client, locales, rijeka
):
    theirs = scale_question(locales, "rijeka-own", city=rijeka)

    response = lisbon_coordinator_client.post(
        f"{BANK}edit/{theirs.pk}/", posted(theirs, prompt="Changed by Lisbon"), follow=True
    )

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.prompt == "Statement rijeka-own"


def test_coordinator_cannot_move_their_question_to_another_city(
    lisbon_coordinator_client, locales, lisbon, rijeka
):
    own = scale_question(locales, "lisbon-own", city=lisbon)

    lisbon_coordinator_client.post(f"{BANK}edit/{own.pk}/", posted(own, city=rijeka.pk))

    own.refresh_from_db()
    assert own.city == lisbon


def test_coordinator_cannot_put_a_shared_question_in_the_default_short_test(
    lisbon_coordinator_client, locales
):
    shared = scale_question(locales, "shared")

    response = lisbon_coordinator_client.post(
        f"{BANK}edit/{shared.pk}/",
        posted(shared, in_short_version="on", prompt="Changed", city=""),
        follow=True,
    )

    assert response.status_code == 404
    shared.refresh_from_db()
    assert not shared.in_short_version
    assert shared.prompt == "Statement shared"
    assert not Question.objects.short_version().exists()


def test_the_short_test_flag_posted_by_a_coordinator_is_ignored(
    lisbon_coordinator_client, locales, lisbon
):
    own = scale_question(locales, "lisbon-own", city=lisbon)
    form = lisbon_coordinator_client.get(f"{BANK}edit/{own.pk}/").content.decode()
    assert 'name="in_short_version"' not in form

    response = lisbon_coordinator_client.post(
        f"{BANK}edit/{own.pk}/",
        posted(own, in_short_version="on", short_version_position="1", prompt="Reworded"),
    )

    assert response.status_code == 302
    own.refresh_from_db()
    assert own.prompt == "Reworded"
    assert not own.in_short_version


def test_coordinator_cannot_add_a_shared_question(lisbon_coordinator_client, locales, lisbon):
    template = Question(prompt="A new statement", component="competences", kind="scale", code="new")
    template.explanation = template.idea_for_action = "Why."

    refused = lisbon_coordinator_client.post(
        f"{BANK}add/", posted(template, city="", in_short_version="on")
    )
    accepted = lisbon_coordinator_client.post(f"{BANK}add/", posted(template, city=lisbon.pk))

    assert refused.status_code == 200  # the form again, with the error
    assert not Question.objects.short_version().exists()
    assert accepted.status_code == 302
    assert list(
        Question.objects.filter(prompt="A new statement").values_list("city", flat=True)
    ) == [lisbon.pk]


def test_editor_puts_a_shared_question_in_the_default_short_test(client, editor, locales):
    shared = scale_question(locales, "shared")
    client.force_login(editor)

    response = client.post(f"{BANK}edit/{shared.pk}/", posted(shared, in_short_version="on"))

    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.in_short_version


def test_a_new_citys_coordinators_may_write_questions_without_the_demo(
    client, django_user_model, lisbon
):
    group = CityCoordinators.for_city(lisbon).group
    user = django_user_model.objects.create_user("new-coordinator", password="pw")
    user.groups.add(group)
    client.force_login(user)

    assert user.has_perm("citizenship_test.add_question")
    assert user.has_perm("citizenship_test.change_question")
    assert client.get(f"{BANK}add/").status_code == 200
