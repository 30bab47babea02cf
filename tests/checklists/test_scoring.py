"""Scoring and the order of follow-up actions, on hand-made sections (no database)."""

import pytest

from checklists.reports import build_results
from checklists.scoring import follow_ups, in_place, overall_score, score_sections
from checklists.structure import Question, Section


def section(id, *question_ids):
    return Section(
        id=id,
        title=id.title(),
        questions=tuple(Question(id=q, text=f"Have you considered {q}?") for q in question_ids),
    )


SECTIONS = [section("membership", "a", "b"), section("chair", "c"), section("resources", "d", "e")]


def test_yes_counts_one_partly_half_no_nothing():
    scores = score_sections(
        SECTIONS, {"a": "yes", "b": "partly", "c": "no", "d": "yes", "e": "yes"}
    )

    assert [score.percent for score in scores] == [75, 0, 100]
    # 3.5 points out of 5 applicable questions: each question weighs the same.
    assert overall_score(scores) == pytest.approx(70)


def test_not_applicable_is_left_out_of_the_score():
    answers = {"a": "yes", "b": "na", "c": "na", "d": "no", "e": "na"}

    scores = score_sections(SECTIONS, answers)

    assert [score.percent for score in scores] == [100, None, 0]
    assert [score.possible for score in scores] == [1, 0, 1]
    assert overall_score(scores) == pytest.approx(50)


def test_every_answer_not_applicable_gives_no_score():
    scores = score_sections(SECTIONS, dict.fromkeys("abcde", "na"))

    assert overall_score(scores) is None


def test_unanswered_questions_are_left_out_and_counted():
    scores = score_sections(SECTIONS, {"a": {"answer": "yes", "evidence": "Minutes"}})

    assert scores[0].percent == 100 and scores[0].unanswered == 1
    assert overall_score(scores) == 100


def test_follow_ups_come_weakest_section_first_no_before_partly():
    answers = {"a": "partly", "b": "no", "c": "partly", "d": "yes", "e": "partly"}
    # membership 25 %, chair 50 %, resources 75 %

    actions = follow_ups(SECTIONS, answers)

    assert [(action.section.id, action.question.id, action.answer) for action in actions] == [
        ("membership", "b", "no"),
        ("membership", "a", "partly"),
        ("chair", "c", "partly"),
        ("resources", "e", "partly"),
    ]
    assert actions[0].section_percent == 25


def test_sections_with_the_same_score_keep_the_checklist_order():
    answers = {"a": "no", "b": "no", "c": "no", "d": "no", "e": "no"}

    actions = follow_ups(SECTIONS, answers)

    assert [action.question.id for action in actions] == ["a", "b", "c", "d", "e"]


def test_full_yes_and_not_applicable_need_no_follow_up():
    assert follow_ups(SECTIONS, {"a": "yes", "b": "na", "c": "yes", "d": "na", "e": "yes"}) == []


def test_what_is_in_place_lists_every_yes_in_order():
    answers = {"a": "yes", "b": "no", "c": "yes", "d": "partly", "e": "yes"}

    assert [q.id for _s, q in in_place(SECTIONS, answers)] == ["a", "c", "e"]


def test_results_keep_evidence_and_draw_a_bar_per_section():
    results = build_results(
        SECTIONS, {"a": {"answer": "yes", "evidence": "Council decision 12/2024"}}
    )

    assert results.evidence == {"a": "Council decision 12/2024"}
    assert len(results.chart.bars) == 3
    assert results.chart.bars[0].text == "100%"
    assert results.chart.bars[1].value is None and results.chart.bars[1].bar_width == 0
