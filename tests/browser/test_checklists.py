"""The council checklist's anonymous self-check in headless Chromium, inside another site's frame.

The host page is served from http://127.0.0.1:<port> and frames the tool on
http://localhost:<port>: different sites to the browser, so no cookie reaches the tool (see
STACK.md). The answers travel in the form's signed state; finishing adds one to the month's
anonymous tally and stores nothing else. The demo data is shared by every browser test: the
tallies these tests change are put back afterwards.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, save_screenshot

pytestmark = pytest.mark.browser

CITY = "lisbon"
STEP = re.compile(r"(\d+)\D+(\d+)")


@pytest.fixture(scope="module")
def host_page(embedding_page):
    """A page of Lisbon's own site (another origin) with its council checklist (English)."""
    return embedding_page("council-checklist", CITY)


@pytest.fixture
def stored(django_db_blocker):
    """What the self-check may store: completions in the tallies, and assessments.

    Returns a function giving (completed self-checks, assessments, answers held by
    assessments) now; the tallies are restored at the end.
    """
    from checklists.models import Assessment, SelfCheckTally

    fields = ("pk", "completions", "scored", "score_sum")
    with django_db_blocker.unblock():
        before = {row[0]: row for row in SelfCheckTally.objects.values_list(*fields)}

    def now():
        with django_db_blocker.unblock():
            completions = sum(SelfCheckTally.objects.values_list("completions", flat=True))
            answers = sum(
                len(a or {}) for a in Assessment.objects.values_list("answers", flat=True)
            )
            return completions, Assessment.objects.count(), answers

    yield now
    with django_db_blocker.unblock():
        SelfCheckTally.objects.exclude(pk__in=before).delete()
        for pk, completions, scored, score_sum in before.values():
            SelfCheckTally.objects.filter(pk=pk).update(
                completions=completions, scored=scored, score_sum=score_sum
            )


def step_numbers(scope):
    """(current step, number of steps) from the progress line ("Step 2 of 8")."""
    text = scope.locator(".checklist-progress__label").inner_text()
    current, total = STEP.search(text).groups()
    return int(current), int(total)


def answer_step(scope, answer="partly"):
    """Tick `answer` for every question of the step (a click on its label), then go on."""
    questions = scope.locator("fieldset.checklist-question")
    for index in range(questions.count()):
        questions.nth(index).locator(f"label:has(input[value='{answer}'])").click()
    scope.locator("button[name='next']").click()


def complete_self_check(scope, page=None, name=None):
    """Answer every step "partly" until the score shows; screenshot each step if asked."""
    expect(scope.locator(".checklist-progress__label")).to_be_visible()
    current, total = step_numbers(scope)
    assert current == 1 and total > 1
    while True:
        if page is not None:
            save_screenshot(page, f"{name}-step-{current}")
        answer_step(scope)
        if current == total:
            break
        current += 1
        expect(scope.locator(".checklist-progress__label")).to_have_text(
            re.compile(rf"^\D*{current}\D+{total}\D*$")
        )
    expect(scope.locator(".checklist-overall")).to_be_visible()


def tool_cookies(page):
    return [c for c in page.context.cookies() if c["domain"] in ("localhost", ".localhost")]


def test_resident_completes_the_self_check_inside_another_sites_frame(page, host_page, stored):
    completions, assessments, answers = stored()
    page.goto(host_page)
    frame = page.frame_locator("iframe")

    complete_self_check(frame, page, "checklist-embed")

    expect(frame.locator(".checklist-overall")).to_contain_text("50")
    expect(frame.locator(".checklist-table tbody tr").first).to_be_visible()
    save_screenshot(page, "checklist-embed-results")
    assert tool_cookies(page) == []
    assert stored() == (completions + 1, assessments, answers)


def test_going_back_keeps_the_answers_of_the_step(page, host_page, stored):
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    expect(frame.locator(".checklist-progress__label")).to_be_visible()

    answer_step(frame, "yes")
    expect(frame.locator("button.checklist-nav__back")).to_be_visible()
    frame.locator("button.checklist-nav__back").click()

    expect(frame.locator("button.checklist-nav__back")).to_have_count(0)
    assert step_numbers(frame)[0] == 1
    radios = frame.locator("fieldset.checklist-question input[value='yes']")
    for index in range(radios.count()):
        expect(radios.nth(index)).to_be_checked()


def test_resident_completes_the_self_check_on_a_phone(phone_page, host_page, stored):
    completions, assessments, answers = stored()
    phone_page.goto(host_page)
    frame = phone_page.frame_locator("iframe")

    complete_self_check(frame)

    expect(frame.locator(".checklist-overall")).to_contain_text("50")
    save_screenshot(phone_page, "checklist-embed-phone-results")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the host page scrolls sideways on a phone"
    assert tool_cookies(phone_page) == []
    assert stored() == (completions + 1, assessments, answers)


def test_a_step_with_a_missing_answer_does_not_go_on(page, host_page, stored):
    completions, _assessments, _answers = stored()
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    expect(frame.locator(".checklist-progress__label")).to_be_visible()

    frame.locator("fieldset.checklist-question").first.locator("label").first.click()
    frame.locator("button[name='next']").click()

    # The radios are required: the browser keeps the step and marks what is left unanswered
    # (without that check, the server sends the step back with a message).
    assert frame.locator("form.checklist-form").evaluate("form => form.checkValidity()") is False
    expect(
        frame.locator("fieldset.checklist-question").nth(1).locator("input:invalid").first
    ).to_be_attached()
    assert step_numbers(frame)[0] == 1
    expect(frame.locator("fieldset.checklist-question input:checked")).to_have_count(1)
    assert stored()[0] == completions
