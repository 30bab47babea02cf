"""Query budgets: each step and the results page stay within 15 queries, whatever the number
of questions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from citizenship_test.components import ACTION, KIND_SCALE
from tests.citizenship_test.conftest import Resident, make_question

pytestmark = pytest.mark.django_db

BUDGET = 15


def count(call):
    with CaptureQueriesContext(connection) as queries:
        response = call()
    return len(queries), response


def walk(url):
    """Query counts of start, each step, the final post and the results page."""
    resident = Resident(url)
    counts = [count(resident.start)[0]]
    while not resident.soup.select(".ct-review"):
        counts.append(count(resident.answer_all)[0])
    final_count, final = count(resident.post)
    counts.append(final_count)
    results_count, _response = count(Resident(final["Location"]).start)
    counts.append(results_count)
    return counts


def test_each_step_and_the_results_page_stay_within_budget(lisbon_test):
    counts = walk("/en/embed/citizenship-test/lisbon/")
    print("embed query counts", counts)
    assert max(counts) <= BUDGET, counts


def test_queries_do_not_grow_with_the_number_of_questions(bank, make_test, lisbon, locales):
    make_test(lisbon, chosen=[(question, "") for question in bank.values()])
    few = walk("/en/embed/citizenship-test/lisbon/")
    for number in range(12):
        question = make_question(
            locales["en"], f"extra{number}", ACTION, KIND_SCALE, f"Extra {number}"
        )
        test = lisbon.tool_customisations.get().specific
        test.chosen_questions.create(
            question=question, locale=locales["en"], sort_order=100 + number
        )
    many = walk("/en/embed/citizenship-test/lisbon/")
    assert many == few, (few, many)


def test_full_page_steps_stay_within_budget(lisbon_test, home_page):
    counts = walk("/en/tools/citizenship-test/lisbon/")
    print("page query counts", counts)
    assert max(counts) <= BUDGET, counts
