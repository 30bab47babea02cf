"""The evaluation guide: scores per element, recommendations, trend and the recognition badge."""

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from antirumours.badges import has_recognition, recognition_for
from antirumours.evaluation.criteria import CRITERIA, ELEMENTS
from antirumours.evaluation.scoring import (
    meets_every_threshold,
    overall_score,
    recommendations,
    score_answers,
    trend,
)
from antirumours.factories import EvaluationFactory
from antirumours.models import Evaluation
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def answers(level, **exceptions):
    """Every criterion at `level`, except those given (criterion code with _ for -)."""
    chosen = {item.code: level for item in CRITERIA}
    chosen.update({code.replace("_", "-"): value for code, value in exceptions.items()})
    return chosen


def by_code(scores):
    return {score.element.code: score.score for score in scores}


def test_the_guide_covers_every_element_of_the_method():
    assert [element.code for element in ELEMENTS] == [
        "commitment",
        "diagnosis",
        "arguments",
        "network",
        "agents",
        "campaigns",
        "evaluation",
    ]
    assert all(len(element.criteria) >= 2 for element in ELEMENTS)


def test_scores_per_element_on_known_answers():
    scores = by_code(
        score_answers(answers(2, commitment_mandate=3, commitment_team=3, network_breadth=0))
    )
    assert scores["commitment"] == 100
    assert scores["network"] == 33  # levels 0 and 2 of 3 each: 2 of 6
    assert scores["evaluation"] == 67  # 6 of 9
    assert scores["agents"] == 67


def test_missing_or_invalid_answers_count_as_not_in_place():
    scores = by_code(score_answers({"diagnosis-sources": "3", "diagnosis-detail": "x"}))
    assert scores["diagnosis"] == 50
    assert scores["commitment"] == 0


def test_overall_score_is_the_mean_of_elements():
    assert overall_score(score_answers(answers(3))) == 100
    assert overall_score(score_answers(answers(0))) == 0


def test_recommendations_target_the_weakest_elements_lowest_first():
    scores = score_answers(answers(2, network_breadth=0, network_governance=1, agents_training=1))
    advice = recommendations(scores)
    assert [(item.element.code, item.criterion.code) for item in advice] == [
        ("network", "network-breadth"),
        ("network", "network-governance"),
        ("agents", "agents-training"),
        ("agents", "agents-activity"),
    ]


def test_when_every_element_meets_its_threshold_the_lowest_is_still_advised():
    scores = score_answers(answers(3, campaigns_planning=2))
    advice = recommendations(scores)
    assert [item.criterion.code for item in advice] == ["campaigns-planning"]
    assert recommendations(score_answers(answers(3))) == []


def test_threshold_is_met_at_sixty():
    assert meets_every_threshold(score_answers(answers(2)))  # 67 everywhere
    assert not meets_every_threshold(score_answers(answers(2, agents_activity=1)))  # agents 50


def test_badge_follows_the_latest_completed_evaluation(bilbao):
    EvaluationFactory(city=bilbao, year=2023, answers=answers(3))
    EvaluationFactory(city=bilbao, year=2025, answers=answers(3), completed=False)
    assert recognition_for(bilbao).year == 2023

    EvaluationFactory(city=bilbao, year=2024, answers=answers(2, diagnosis_detail=0))
    assert not has_recognition(bilbao)


def test_badge_template_tag(bilbao):
    template = Template("{% load antirumours_tags %}{% anti_rumour_badge city %}")
    assert template.render(Context({"city": bilbao})).strip() == ""
    EvaluationFactory(city=bilbao, year=2024, answers=answers(2))
    with translation.override("en"):
        html = template.render(Context({"city": bilbao}))
    assert "Anti-rumour strategy recognised (2024 evaluation)" in html


def test_trend_over_years_uses_completed_evaluations_only(bilbao):
    EvaluationFactory(city=bilbao, year=2024, answers=answers(2))
    EvaluationFactory(city=bilbao, year=2022, answers=answers(1))
    EvaluationFactory(city=bilbao, year=2025, answers=answers(3), completed=False)

    years, per_element, overall = trend(Evaluation.objects.all())

    assert years == [2022, 2024]
    assert per_element["diagnosis"] == [33, 67]
    assert overall == [33, 67]


def test_coordinator_sees_the_trend_of_the_years_as_a_chart_and_a_table(
    client, coordinator_of, bilbao
):
    EvaluationFactory(city=bilbao, year=2022, answers=answers(1))
    EvaluationFactory(city=bilbao, year=2024, answers=answers(2))
    client.force_login(coordinator_of(bilbao))

    response = client.get(reverse("antirumours_admin:evaluations", args=[bilbao.pk]))

    page = soup_of(response, status=None)
    svg = page.select_one("figure.tool-chart svg[role=img]")
    assert svg.select_one("title").get_text() == "Scores per element, by year"
    table = page.select_one(".tool-chart__table table")
    assert [row.th.get_text() for row in table.select("tbody tr")] == ["2022", "2024"]
    overall = [row.select("td")[-1].get_text() for row in table.select("tbody tr")]
    assert overall == ["33", "67"]


def test_the_badge_reaches_the_city_profile_through_the_recognitions_hook(bilbao):
    from antirumours.models import AntiRumourStrategy
    from tools.directory import recognitions_for

    assert recognitions_for(bilbao) == []
    EvaluationFactory(city=bilbao, year=2023, answers=answers(3))

    assert recognitions_for(bilbao) == [
        (AntiRumourStrategy, "Recognised anti-rumour strategy (evaluation 2023)")
    ]
