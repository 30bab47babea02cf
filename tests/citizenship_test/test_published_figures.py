"""The rule on published figures (tools.disclosure, citizenship_test.published): no two figures
the results screens, their exports or the residents' comparisons give can be subtracted to
learn one resident's answers.

The attacks are those of a coordinator who reads the results: two date ranges a day apart, or
"everything" against "one group session" when one resident was not in the session.
"""

import csv
import io
import itertools
import re
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from openpyxl import load_workbook

from citizenship_test.models import AnswerCount, EventSession
from tests.citizenship_test.conftest import add_completions
from tests.helpers import soup_of
from tools.disclosure import (
    MIN_PUBLISHED_GROUP,
    reporting_blocks,
    shown_in_every_block,
    shown_parts,
)

pytestmark = pytest.mark.django_db

K = MIN_PUBLISHED_GROUP
CROWD = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50, "overall": 65}
LONE = {"knowledge": 0, "competences": 10, "diversity": 20, "action": 30, "overall": 15}


def figure(page):
    """(completed tests, overall average) a results page shows; None for what it hides."""
    count = page.select_one(".ct-admin__count")
    number = int(re.search(r"\d+", count.text).group()) if count else None
    rows = {
        row.th.get_text(strip=True): row.select("td")[0].get_text(strip=True)
        for row in page.select("table.listing tbody tr")
        if row.th and row.select("td")
    }
    overall = rows.get("Overall")
    return number, None if overall in (None, "–") else float(overall)


def learnt(first, second):
    """The number of residents whose sum of scores the two figures give away by subtraction
    (0 when they give nothing away)."""
    (count_a, mean_a), (count_b, mean_b) = first, second
    if None in (count_a, count_b, mean_a, mean_b):
        return 0
    return abs(count_a - count_b)


def results(client, customisation, **query):
    return soup_of(client.get(f"/admin/citizenship-test/{customisation.pk}/results/", query))


# --- The attacks, through the screen ---
def test_two_periods_a_day_apart_do_not_give_away_the_resident_of_that_day(
    lisbon_coordinator_client, lisbon_customisation
):
    add_completions(lisbon_customisation, K, date(2026, 1, 10), CROWD)
    add_completions(lisbon_customisation, 1, date(2026, 1, 31), LONE)

    with_the_day = figure(
        results(
            lisbon_coordinator_client, lisbon_customisation, since="2026-01-01", until="2026-01-31"
        )
    )
    without = figure(
        results(
            lisbon_coordinator_client, lisbon_customisation, since="2026-01-01", until="2026-01-30"
        )
    )

    assert learnt(with_the_day, without) in (0, *range(K, 10_000)), (with_the_day, without)


def test_everything_against_one_group_session_does_not_give_away_who_was_not_there(
    lisbon_coordinator_client, lisbon_customisation
):
    workshop = EventSession.open_for(lisbon_customisation, "en", title="Library workshop")
    add_completions(lisbon_customisation, K, date(2026, 2, 3), CROWD, session=workshop)
    add_completions(lisbon_customisation, 1, date(2026, 2, 4), LONE)

    everything = results(lisbon_coordinator_client, lisbon_customisation)
    session = results(lisbon_coordinator_client, lisbon_customisation, session=workshop.pk)

    assert learnt(figure(everything), figure(session)) == 0
    # The session's live screen showed it: February waits until the rest reaches K too.
    assert f"{K + 1} recent tests are not counted yet" in everything.text


def test_a_group_session_smaller_than_k_is_withheld_and_the_screen_says_why(
    lisbon_coordinator_client, lisbon_customisation
):
    workshop = EventSession.open_for(lisbon_customisation, "en", title="Library workshop")
    add_completions(lisbon_customisation, 5, date(2026, 3, 3), CROWD, session=workshop)
    add_completions(lisbon_customisation, K + 5, date(2026, 3, 4), LONE)

    session = results(lisbon_coordinator_client, lisbon_customisation, session=workshop.pk)

    assert figure(session) == (None, None)
    assert "This group session's results are not shown" in session.text
    assert f"the other tests number fewer than {K}" in session.text


def test_no_two_figures_the_filters_offer_differ_by_fewer_than_k_residents(
    lisbon_coordinator_client, lisbon_customisation
):
    """Every period and group session the filters offer, against every other."""
    big = EventSession.open_for(lisbon_customisation, "en", title="Town hall")
    small = EventSession.open_for(lisbon_customisation, "en", title="Library")
    add_completions(lisbon_customisation, K, date(2026, 1, 5), CROWD, session=big)
    add_completions(lisbon_customisation, 2, date(2026, 1, 6), LONE, session=small)
    add_completions(lisbon_customisation, K - 2, date(2026, 2, 6), CROWD)
    add_completions(lisbon_customisation, 2, date(2026, 3, 6), LONE)
    add_completions(lisbon_customisation, K, date(2026, 4, 6), CROWD, session=big)
    add_completions(lisbon_customisation, K + 1, date(2026, 4, 7), LONE)
    form = results(lisbon_coordinator_client, lisbon_customisation).select_one(
        "form.ct-admin__filters"
    )
    periods = [option["value"] for option in form.select("select[name=period] option")]
    sessions = [option["value"] for option in form.select("select[name=session] option")]

    figures = {
        (period, session): figure(
            results(lisbon_coordinator_client, lisbon_customisation, period=period, session=session)
        )
        for period in periods
        for session in sessions
    }

    # Every period, then March to April, January to February (January alone would leave the
    # library's two beside the town hall, whose live screen showed it).
    assert len(periods) == 3
    nested = 0
    for (one, first), (other, second) in itertools.permutations(figures.items(), 2):
        # `one` is part of `other` when `other` has every period or the same, and no session
        # or the same: subtracting it leaves a group of residents.
        if all(mine == theirs or theirs == "" for mine, theirs in zip(one, other, strict=True)):
            nested += 1
            assert learnt(first, second) in (0, *range(K, 10_000)), (one, other, first, second)
    assert nested > 10


def test_answers_per_question_for_two_periods_a_day_apart_give_nothing_away(
    lisbon_coordinator_client, lisbon_customisation, bank
):
    add_completions(lisbon_customisation, K, date(2026, 1, 10), CROWD)
    add_completions(lisbon_customisation, 1, date(2026, 1, 31), LONE)
    key = bank["k1"].translation_key.hex
    for day, answer, number in [(date(2026, 1, 10), "1", K), (date(2026, 1, 31), "0", 1)]:
        AnswerCount.objects.create(
            customisation=lisbon_customisation,
            question_key=key,
            answer=bank["k1"].counted_answer(answer),
            day=day,
            count=number,
        )
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"

    pages = [
        soup_of(lisbon_coordinator_client.get(url, {"since": "2026-01-01", "until": until}))
        for until in ("2026-01-31", "2026-01-30")
    ]

    totals = [
        re.search(r"(\d+) answers", page.select_one("section.ct-question").text) for page in pages
    ]
    assert totals[0] and totals[1]
    assert totals[0].group(1) == totals[1].group(1) == str(K + 1)


# --- What the screens say and export ---
def test_the_running_period_is_counted_but_never_shown_and_the_screen_says_why(
    lisbon_coordinator_client, lisbon_customisation
):
    add_completions(lisbon_customisation, K + 5, timezone.localdate(), LONE)

    page = results(lisbon_coordinator_client, lisbon_customisation)

    assert f"{K + 5} recent tests are not counted yet" in page.text
    assert f"holds at least {K} tests" in page.text
    assert figure(page) == (None, None)
    assert "15.0" not in page.text


def test_a_score_too_few_answered_in_part_of_the_period_is_blank_and_named(
    lisbon_coordinator_client, lisbon_customisation
):
    add_completions(lisbon_customisation, K, date(2026, 5, 3), CROWD)
    add_completions(lisbon_customisation, 1, date(2026, 5, 4), {**CROWD, "knowledge": None})
    add_completions(lisbon_customisation, K, date(2026, 6, 3), {**CROWD, "knowledge": None})
    add_completions(lisbon_customisation, 3, date(2026, 6, 3), CROWD)

    page = results(lisbon_coordinator_client, lisbon_customisation)

    assert "Not shown, as too few people answered their questions" in page.text
    assert "Knowledge of human rights" in page.select_one(".ct-admin__withheld").text
    knowledge = page.select("table.listing tbody tr")[0]
    assert [cell.get_text() for cell in knowledge.select("td")][0] == "–"


def test_the_export_follows_the_screen_and_never_a_free_period(
    lisbon_coordinator_client, lisbon_customisation
):
    workshop = EventSession.open_for(lisbon_customisation, "en", title="Library workshop")
    add_completions(lisbon_customisation, 5, date(2026, 2, 3), CROWD, session=workshop)
    add_completions(lisbon_customisation, K + 5, date(2026, 2, 4), LONE)
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/export.csv"

    everything = lisbon_coordinator_client.get(url).content.decode().splitlines()
    one_day_less = (
        lisbon_coordinator_client.get(url, {"until": "2026-02-03"}).content.decode().splitlines()
    )
    session = (
        lisbon_coordinator_client.get(url, {"session": workshop.pk}).content.decode().splitlines()
    )

    assert everything == one_day_less
    assert everything[1].startswith(f"all,,{K + 10},")
    assert everything[2].startswith(f"period,2026-02/2026-02,{K + 10},")
    assert session == everything[:1]  # the header: the session is withheld


def test_the_question_export_marks_a_question_answered_by_too_few_as_not_shown(
    lisbon_coordinator_client, lisbon_customisation, bank
):
    add_completions(lisbon_customisation, K, date(2026, 1, 10), CROWD)
    AnswerCount.objects.create(
        customisation=lisbon_customisation,
        question_key=bank["k1"].translation_key.hex,
        answer=bank["k1"].counted_answer("1"),
        day=date(2026, 1, 10),
        count=K - 1,
    )
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/export/"

    rows = list(csv.reader(io.StringIO(lisbon_coordinator_client.get(url).content.decode())))
    sheet = load_workbook(
        io.BytesIO(lisbon_coordinator_client.get(url, {"format": "xlsx"}).content)
    ).active

    assert rows[1][3] == "not shown" and str(K - 1) not in rows[1]
    assert [cell.value for cell in sheet[2]][3] == "not shown"
    page = soup_of(
        lisbon_coordinator_client.get(
            f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"
        )
    )
    assert f"fewer than {K} people answered it in part of this period" in page.text


def test_residents_compare_with_the_closed_periods_only(lisbon_customisation):
    from citizenship_test.comparison import comparisons
    from citizenship_test.scoring import TestScores

    cache.clear()
    last_month = timezone.localdate().replace(day=1) - timedelta(days=1)
    add_completions(lisbon_customisation, K, last_month, CROWD)
    scores = TestScores(components={"knowledge": 50}, overall=50)
    before = {found.key: found.count for found in comparisons(lisbon_customisation, scores)}

    cache.clear()
    add_completions(lisbon_customisation, 1, timezone.localdate(), LONE)
    after = {found.key: found.count for found in comparisons(lisbon_customisation, scores)}

    assert before == after == {"city": K, "network": K}


# --- The rule itself ---
def test_months_merge_into_blocks_of_k_and_the_running_month_stays_open():
    months = {date(2026, 1, 1): 5, date(2026, 2, 1): 20, date(2026, 4, 1): 19, date(2026, 6, 1): 4}

    blocks = reporting_blocks(months, today=date(2026, 6, 15), least=20)

    assert [(block.key, block.last, block.count, block.closed) for block in blocks] == [
        ("2026-01", date(2026, 2, 28), 25, True),
        ("2026-04", None, 23, False),
    ]


def test_a_part_is_shown_only_when_it_and_the_rest_of_its_block_reach_k():
    assert shown_parts(60, {"a": 20, "b": 20}, least=20) == {"a", "b"}
    # One left outside both sessions: one of them joins it.
    assert shown_parts(42, {"a": 20, "b": 21}, least=20) == {"b"}
    assert shown_parts(40, {"a": 20, "b": 20}, least=20) == {"a", "b"}
    assert shown_parts(25, {"a": 24}, least=20) == set()
    # Over two blocks, a part hidden in one is hidden in all.
    assert shown_in_every_block([(40, {"a": 20}), (25, {"a": 24})], least=20) == set()


def test_a_block_waits_until_what_a_live_screen_showed_leaves_k_or_nothing():
    months = {date(2026, 1, 1): 21, date(2026, 2, 1): 19}
    live = {date(2026, 1, 1): 20}

    blocks = reporting_blocks(months, today=date(2026, 6, 1), least=20, shown_elsewhere=live)

    assert [(block.key, block.count) for block in blocks] == [("2026-01", 40)]
