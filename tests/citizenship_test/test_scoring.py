"""Scoring on known answer sets: per component 0–100, overall weighted, gaps left out."""

from citizenship_test.components import (
    ACTION,
    COMPETENCES,
    DIVERSITY,
    KIND_CHOICE,
    KIND_SCALE,
    KIND_SCENARIO,
    KNOWLEDGE,
)
from citizenship_test.scoring import (
    ScoredQuestion,
    answer_fraction,
    band_for,
    component_scores,
    overall_score,
    score_answers,
)

KNOW_1 = ScoredQuestion("k1", KNOWLEDGE, KIND_CHOICE, (0, 4, 0))
KNOW_2 = ScoredQuestion("k2", KNOWLEDGE, KIND_CHOICE, (4, 0))
COMP = ScoredQuestion("c1", COMPETENCES, KIND_SCALE)
COMP_REVERSED = ScoredQuestion("c2", COMPETENCES, KIND_SCALE, reverse_scored=True)
DIV = ScoredQuestion("d1", DIVERSITY, KIND_SCALE)
ACT = ScoredQuestion("a1", ACTION, KIND_SCENARIO, (0, 1, 3, 4))
QUESTIONS = [KNOW_1, KNOW_2, COMP, COMP_REVERSED, DIV, ACT]


def test_correct_knowledge_answer_earns_everything_and_a_wrong_one_nothing():
    assert answer_fraction(KNOW_1, "1") == 1
    assert answer_fraction(KNOW_1, "0") == 0


def test_scale_answers_run_from_zero_to_one_and_reverse_scoring_flips_them():
    assert [answer_fraction(COMP, str(v)) for v in range(1, 6)] == [0, 0.25, 0.5, 0.75, 1]
    assert answer_fraction(COMP_REVERSED, "1") == 1
    assert answer_fraction(COMP_REVERSED, "5") == 0


def test_scenario_options_are_graded():
    assert [answer_fraction(ACT, str(i)) for i in range(4)] == [0, 0.25, 0.75, 1]


def test_known_answer_set_gives_expected_component_and_overall_scores():
    answers = {"k1": "1", "k2": "1", "c1": "4", "c2": "2", "d1": "3", "a1": "2"}

    scores = score_answers(QUESTIONS, answers)

    # knowledge: 1 and 0 -> 50; competences: 0.75 and 0.75 -> 75; diversity 0.5 -> 50;
    # action 0.75 -> 75; overall (50 + 75 + 50 + 2 * 75) / 5 = 65.
    assert scores.components == {KNOWLEDGE: 50, COMPETENCES: 75, DIVERSITY: 50, ACTION: 75}
    assert scores.overall == 65
    assert (scores.answered, scores.asked) == (6, 6)


def test_action_counts_double_in_the_overall_score():
    assert overall_score({KNOWLEDGE: 0, COMPETENCES: 0, DIVERSITY: 0, ACTION: 100}) == 40
    assert overall_score({KNOWLEDGE: 100, COMPETENCES: 0, DIVERSITY: 0, ACTION: 0}) == 20


def test_unanswered_questions_are_left_out_not_counted_as_zero():
    scores = component_scores(QUESTIONS, {"k1": "1", "c1": "5"})

    assert scores[KNOWLEDGE] == 100  # k2 unanswered: not a zero
    assert scores[COMPETENCES] == 100
    assert scores[DIVERSITY] is None and scores[ACTION] is None


def test_invalid_answers_count_as_not_answered():
    for bad in ("", None, "7", "-1", "abc", "9"):
        assert answer_fraction(KNOW_1, bad) is None
    assert answer_fraction(COMP, "0") is None and answer_fraction(COMP, "6") is None


def test_overall_uses_only_components_with_a_score():
    assert overall_score({KNOWLEDGE: 80, COMPETENCES: None, DIVERSITY: None, ACTION: 50}) == 60
    assert score_answers(QUESTIONS, {}).overall is None


def test_scores_are_rounded_half_up():
    halves = [ScoredQuestion(f"k{i}", KNOWLEDGE, KIND_CHOICE, (0, 4)) for i in range(8)]
    answers = {f"k{i}": "1" for i in range(5)} | {f"k{i}": "0" for i in range(5, 8)}
    assert component_scores(halves, answers)[KNOWLEDGE] == 63  # 62.5
    assert overall_score({KNOWLEDGE: 62, ACTION: 63}) == 63  # 62.67


def test_bands_cover_the_whole_scale():
    assert [band_for(s) for s in (0, 39, 40, 69, 70, 100)] == [
        "beginning",
        "beginning",
        "developing",
        "developing",
        "strong",
        "strong",
    ]
    assert band_for(None) is None
