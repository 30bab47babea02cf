"""Scores of the Index on known answers: no database, the rules alone."""

import pytest

from intercultural_index.scoring import (
    AreaSpec,
    Given,
    IndicatorSpec,
    QuestionSpec,
    Structure,
    comparable,
    question_score,
    score_answers,
)

YES, PARTLY, NO = Given(choice="yes"), Given(choice="partly"), Given(choice="no")
NOT_APPLICABLE = Given(not_applicable=True)


def structure(*areas, edition=1):
    return Structure(edition_id=edition, areas=tuple(areas))


def area(code, *indicators, weight=1, optional=False):
    return AreaSpec(code=code, indicators=tuple(indicators), weight=weight, optional=optional)


def indicator(pk, *questions, weight=1, lineage=None):
    return IndicatorSpec(id=pk, questions=tuple(questions), weight=weight, lineage=lineage)


def q(pk, **kwargs):
    return QuestionSpec(id=pk, **kwargs)


@pytest.mark.parametrize(
    "question, given, expected",
    [
        (q(1), YES, 100),
        (q(1), PARTLY, 50),
        (q(1), NO, 0),
        (q(1), None, 0),
        (q(1, kind="number", target=200.0), Given(number=50), 25),
        (q(1, kind="number", target=200.0), Given(number=900), 100),
        (q(1, kind="choice", option_points=(0, 40, 100)), Given(options=(1,)), 40),
        (
            q(1, kind="choice", option_points=(30, 40, 50), several_allowed=True),
            Given(options=(0, 1, 2)),
            100,
        ),
        (
            q(1, kind="choice", option_points=(30, 40, 50), several_allowed=True),
            Given(options=(0, 1)),
            70,
        ),
        (q(1, kind="choice", option_points=(0, 40)), Given(options=(7,)), 0),
        (q(1, allows_not_applicable=True), NOT_APPLICABLE, None),
        # Where the question does not allow it, "not applicable" is no answer: 0.
        (q(1), NOT_APPLICABLE, 0),
    ],
)
def test_each_kind_of_answer_earns_its_points(question, given, expected):
    assert question_score(question, given) == expected


def test_indicator_area_and_overall_are_weighted_means_of_known_answers():
    edition = structure(
        area(
            "education",
            indicator(10, q(1), q(2, weight=3)),  # (100 + 3*0) / 4 = 25
            indicator(11, q(3)),  # 50
            weight=2,
        ),  # (25 + 50) / 2 = 37.5
        area("public-space", indicator(12, q(4))),  # 100
    )
    scores = score_answers(edition, {1: YES, 2: NO, 3: PARTLY, 4: YES})

    assert scores.indicators == {10: 25, 11: 50, 12: 100}
    assert scores.areas == {"education": 37.5, "public-space": 100}
    assert scores.overall == pytest.approx((2 * 37.5 + 100) / 3)


def test_not_applicable_is_left_out_of_the_weights_not_counted_as_zero():
    edition = structure(
        area("neighbourhoods", indicator(10, q(1), q(2, allows_not_applicable=True))),
        area("language", indicator(11, q(3, allows_not_applicable=True))),
    )
    scores = score_answers(edition, {1: YES, 2: NOT_APPLICABLE, 3: NOT_APPLICABLE})

    assert scores.areas["neighbourhoods"] == 100
    # An area whose every question is not applicable has no score and leaves the overall alone.
    assert scores.areas["language"] is None
    assert scores.overall == 100


def test_optional_areas_are_reported_apart_and_stay_out_of_the_overall():
    edition = structure(
        area("education", indicator(10, q(1))),
        area("participation", indicator(11, q(2)), optional=True),
        area("interaction", indicator(12, q(3)), optional=True),
    )
    scores = score_answers(edition, {1: PARTLY, 2: YES})

    assert scores.overall == 50
    assert "participation" not in scores.areas
    assert scores.optional_areas["participation"] == 100
    # Not taken up by the city (nothing answered): no score rather than 0.
    assert scores.optional_areas["interaction"] is None


def test_rounds_on_two_editions_compare_on_the_indicators_they_share():
    earlier = structure(
        area("education", indicator(10, q(1)), indicator(11, q(2))),
        area("media", indicator(12, q(3))),  # dropped in the revised edition
        edition=1,
    )
    revised = structure(
        area(
            "education",
            indicator(20, q(21), lineage=10),  # the same indicator as 10
            indicator(22, q(22)),  # new
        ),
        area("participation", indicator(23, q(23)), optional=True),
        edition=2,
    )
    first = {1: PARTLY, 2: YES, 3: NO}
    second = {21: YES, 22: NO, 23: YES}

    own_first, own_second = score_answers(earlier, first), score_answers(revised, second)
    assert (own_first.overall, own_second.overall) == (37.5, 50)

    then, now = comparable([(earlier, first), (revised, second)])
    # Only indicator 10 / 20 is shared: partly then, yes now.
    assert then.indicators == {10: 50}
    assert now.indicators == {10: 100}
    assert (then.overall, now.overall) == (50, 100)
    assert then.areas == {"education": 50, "media": None}
