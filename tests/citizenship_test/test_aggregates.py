"""Aggregates on known data: counts, averages, months, distributions, groups, the CSV."""

from datetime import date

import pytest

from citizenship_test.aggregates import (
    band_counts,
    bin_labels,
    compare,
    demographic_breakdown,
    distributions,
    summarise,
)
from citizenship_test.components import AGE_BANDS
from citizenship_test.models import Completion
from citizenship_test.reports import histograms
from tests.citizenship_test.conftest import add_completion
from tests.helpers import captured_queries

pytestmark = pytest.mark.django_db

ALL = {"knowledge": 0, "competences": 0, "diversity": 0, "action": 0, "overall": 0}


def scores(**values):
    return {**ALL, **values}


@pytest.fixture
def known(lisbon_customisation):
    """Three completions in two months, one without a knowledge score."""
    add_completion(
        lisbon_customisation, scores(knowledge=100, action=80, overall=70), date(2026, 1, 5)
    )
    add_completion(
        lisbon_customisation, scores(knowledge=50, action=40, overall=45), date(2026, 1, 20)
    )
    add_completion(
        lisbon_customisation, scores(knowledge=None, action=9, overall=10), date(2026, 3, 2)
    )
    return Completion.objects.for_city(lisbon_customisation.city)


def test_summary_counts_and_averages_leaving_out_missing_scores(known):
    summary = summarise(known)

    assert summary.count == 3
    assert summary.averages["knowledge"] == 75.0  # (100 + 50) / 2: the gap is not a zero
    assert summary.answered["knowledge"] == 2
    assert summary.averages["action"] == 43.0
    assert summary.overall == round(125 / 3, 1)


def test_summary_of_nothing_has_no_averages(lisbon_customisation):
    summary = summarise(Completion.objects.none())
    assert summary.count == 0
    assert summary.overall is None


def test_distribution_uses_ten_point_bins_with_100_in_the_last(lisbon_customisation):
    for value in (0, 9, 10, 55, 99, 100):
        add_completion(lisbon_customisation, scores(knowledge=value))

    bins = distributions(Completion.objects.all())

    assert bin_labels()[0] == "0–9" and bin_labels()[-1] == "90–100"
    assert bins["knowledge"] == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert band_counts(bins["knowledge"]) == {"beginning": 3, "developing": 1, "strong": 2}
    assert sum(bins["overall"]) == 6  # every overall score was 0
    knowledge = next(h for h in histograms(bins) if h.chart_id == "ct-hist-knowledge")
    assert [column.value for column in knowledge.columns] == bins["knowledge"]
    assert knowledge.columns[0].height == knowledge.columns[-1].height  # the tallest fill the plot


def test_comparison_with_the_network_takes_every_city(known, rijeka_customisation):
    add_completion(rijeka_customisation, scores(knowledge=25, overall=20))

    city, network = summarise(known), summarise(Completion.objects.all())

    rows = {score: (mine, theirs, diff) for score, mine, theirs, diff in compare(city, network)}
    assert network.count == 4
    assert rows["knowledge"] == (75.0, round(175 / 3, 1), round(75.0 - round(175 / 3, 1), 1))


def test_demographic_groups_smaller_than_five_are_hidden(lisbon_customisation):
    for _n in range(5):
        add_completion(lisbon_customisation, scores(overall=60), age_band="18-29")
    for _n in range(4):
        add_completion(lisbon_customisation, scores(overall=90), age_band="65-plus")
    add_completion(lisbon_customisation, scores(overall=10), age_band="")

    breakdown = demographic_breakdown(Completion.objects.all(), "age_band", AGE_BANDS)

    assert [(row["value"], row["count"]) for row in breakdown.rows] == [("18-29", 5)]
    assert breakdown.rows[0]["averages"]["overall"] == 60.0
    assert breakdown.hidden == 4
    assert breakdown.not_said == 1


def test_breakdowns_of_several_questions_in_one_query_equal_one_by_one(lisbon_customisation):
    from citizenship_test.aggregates import demographic_breakdowns
    from citizenship_test.components import YEARS_IN_CITY_BANDS

    for number in range(14):
        add_completion(
            lisbon_customisation,
            scores(overall=number * 7),
            age_band=["18-29", "30-44", ""][number % 3],
            years_in_city=["1-5", "always"][number % 2] if number < 12 else "",
        )
    questions = [("age_band", AGE_BANDS), ("years_in_city", YEARS_IN_CITY_BANDS)]

    with captured_queries() as queries:
        together = demographic_breakdowns(Completion.objects.all(), questions)

    assert len(queries) == 1
    for name, choices in questions:
        assert together[name] == demographic_breakdown(Completion.objects.all(), name, choices)
