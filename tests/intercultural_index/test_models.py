"""Rounds saved in the database: their scores, and which coordinators reach them."""

import pytest

from intercultural_index.models import IndexRound
from intercultural_index.scoring import comparable, load_answers, load_structures, score_round
from tools.scoping import visible_to

pytestmark = pytest.mark.django_db


def test_a_saved_round_scores_as_its_answers_say(editions, make_round, lisbon):
    earlier, _revised, questions = editions
    index_round = make_round(
        lisbon,
        earlier,
        [
            (questions["e1"], {"choice": "yes"}),
            (questions["e2"], {"choice": "partly"}),
            (questions["p1"], {"not_applicable": True}),
        ],
    )

    scores = score_round(index_round)

    assert scores.areas == {"education": 75, "public-space": None}
    assert scores.overall == 75


def test_a_translated_questionnaire_scores_the_same(editions, make_round, lisbon, locales):
    earlier, _revised, questions = editions
    index_round = make_round(lisbon, earlier, [(questions["e1"], {"choice": "yes"})])
    before = score_round(index_round)
    for question in questions.values():
        question.copy_for_translation(locales["fr"]).save()

    after = score_round(index_round)

    assert (after.overall, after.areas) == (before.overall, before.areas)


def test_two_rounds_on_two_editions_compare_through_the_mapping(editions, make_round, lisbon):
    earlier, revised, questions = editions
    then = make_round(lisbon, earlier, [(questions["e1"], {"choice": "no"})])
    now = make_round(
        lisbon, revised, [(questions["r1"], {"choice": "yes"}), (questions["r2"], {"choice": "no"})]
    )
    structures = load_structures([earlier.pk, revised.pk])
    answers = load_answers([then.pk, now.pk])

    before, after = comparable(
        [(structures[earlier.pk], answers[then.pk]), (structures[revised.pk], answers[now.pk])]
    )

    # Schools and squares are shared; teachers (earlier) and parents (revised) are not.
    assert (before.areas["education"], after.areas["education"]) == (0, 100)


def test_a_coordinator_reaches_only_their_city_rounds(
    editions, make_round, lisbon, oslo, coordinator_of
):
    earlier = editions[0]
    mine, theirs = make_round(lisbon, earlier), make_round(oslo, earlier)
    user = coordinator_of(lisbon)

    assert list(visible_to(user, IndexRound.objects.all())) == [mine]
    assert user.has_perm("intercultural_index.view_indexround")
    assert theirs not in visible_to(user, IndexRound)
