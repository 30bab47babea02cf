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
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from citizenship_test.models import AnswerCount, EventSession
from tests.citizenship_test.conftest import add_completions
from tests.helpers import soup_of
from tools.disclosure import (
    MIN_PUBLISHED_GROUP,
    Block,
    block_of,
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
    # The session's own screen shows it: February waits until the rest reaches K too.
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
    again = EventSession.open_for(lisbon_customisation, "en", title="Town hall again")
    add_completions(lisbon_customisation, K, date(2026, 1, 5), CROWD, session=big)
    add_completions(lisbon_customisation, 2, date(2026, 1, 6), LONE, session=small)
    add_completions(lisbon_customisation, K - 2, date(2026, 2, 6), CROWD)
    add_completions(lisbon_customisation, 2, date(2026, 3, 6), LONE)
    add_completions(lisbon_customisation, K, date(2026, 4, 6), CROWD, session=again)
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
    # library's two beside the town hall, whose own screen shows it once closed).
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


def months_ago(number):
    """The first day of the month `number` months before this one."""
    month = timezone.localdate().replace(day=1)
    for _step in range(number):
        month = (month - timedelta(days=1)).replace(day=1)
    return month


def periods_and_figures(client, customisation):
    """{period key: (label, completed tests, overall average)} of every period the results
    screen offers ("" for all of them together)."""
    form = results(client, customisation).select_one("form.ct-admin__filters")
    return {
        option["value"]: (
            option.get_text(strip=True),
            *figure(results(client, customisation, period=option["value"])),
        )
        for option in form.select("select[name=period] option")
    }


def test_deleting_old_tests_under_the_retention_rule_leaves_the_later_periods_as_published(
    lisbon_coordinator_client, lisbon_customisation, settings
):
    """Periods are merged from the first month with tests: without the published periods
    kept, deleting the oldest month would merge what is left of the first period into the
    next one, and every later period would move and overlap what was shown before."""
    first, second, third, fourth, fifth = (months_ago(number) for number in (6, 5, 4, 3, 2))
    add_completions(lisbon_customisation, K - 5, first.replace(day=10), CROWD)
    add_completions(lisbon_customisation, 5, second.replace(day=20), LONE)
    add_completions(lisbon_customisation, K, third.replace(day=10), CROWD)
    add_completions(lisbon_customisation, 10, fourth.replace(day=10), LONE)
    add_completions(lisbon_customisation, 10, fifth.replace(day=10), CROWD)
    published = periods_and_figures(lisbon_coordinator_client, lisbon_customisation)
    assert len(published) == 4  # every period, then three of them

    # Deleted: the first month, not the second.
    settings.RESIDENT_DATA_RETENTION_DAYS = (timezone.localdate() - second.replace(day=5)).days
    call_command("purge_expired_data", stdout=io.StringIO())
    cache.clear()
    remaining = periods_and_figures(lisbon_coordinator_client, lisbon_customisation)

    gone = first.strftime("%Y-%m")
    assert {key: found for key, found in published.items() if key not in ("", gone)} == {
        key: found for key, found in remaining.items() if key
    }
    # The figure of every period lost the first one whole, never a few tests of it.
    assert published[""][1] - remaining[""][1] == published[gone][1] == K


def test_deleting_a_group_session_shown_on_its_own_moves_no_period(
    lisbon_coordinator_client, lisbon_customisation
):
    """January waited for February because the workshop's own screen showed it: without it,
    January would close alone and every later period would move."""
    first, second, third = (months_ago(number) for number in (4, 3, 2))
    workshop = EventSession.open_for(lisbon_customisation, "en", title="Library workshop")
    add_completions(lisbon_customisation, K, first.replace(day=3), CROWD, session=workshop)
    add_completions(lisbon_customisation, 5, first.replace(day=4), LONE)
    add_completions(lisbon_customisation, 15, second.replace(day=4), CROWD)
    add_completions(lisbon_customisation, K, third.replace(day=4), LONE)
    published = periods_and_figures(lisbon_coordinator_client, lisbon_customisation)

    workshop.delete()

    assert periods_and_figures(lisbon_coordinator_client, lisbon_customisation) == published
    assert len(published) == 3


# --- The rule itself ---
def test_a_block_holds_the_days_from_its_first_month_to_its_last_day():
    closed = Block(date(2026, 1, 1), date(2026, 2, 28), 20, True)
    running = Block(date(2026, 3, 1), None, 4, False)

    assert closed.contains(date(2026, 2, 28)) and not closed.contains(date(2026, 3, 1))
    assert running.contains(date(2030, 1, 1)) and not running.contains(date(2026, 2, 1))
    assert block_of([closed, running], date(2026, 3, 1)) is running


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
