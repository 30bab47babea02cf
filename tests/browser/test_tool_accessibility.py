"""axe-core on every resident-facing screen of three tools: no serious or critical issue.

The council checklist's self-check (each step and the results), the anti-rumour strategy's
screens and the heritage map's screens (each step of the contribution form too), framed
(/embed/...) and full page (/tools/...), in English and in French (in Arabic and Ukrainian:
test_tools_in_arabic_and_ukrainian.py, one walk per tool). Each screen is its own test (the
single screens load in one page, `reused_page`) and, with SCREENSHOTS=1, leaves a screenshot
under test-results/screenshots/. The self-check's results add one to an anonymous tally, which
is put back, as are the rumour checker's counters; the reports sent are deleted; the
contribution is never sent.

The steps of a multi-step form (the self-check, the contribution) are reached by one walk from
the first step to the last per mode and language, each screen checked as it shows
(`walked_screens`), and each screen's test asserts what its screen showed: the same screens
reached the same way as by a walk from the first step for each screen, in 8 steps instead of 36
for the self-check and 6 instead of 21 for the contribution.
"""

import re

import pytest
from playwright.sync_api import expect

from checklists.demo.council import COUNCIL
from tests.browser.conftest import (
    ANTIRUMOURS_CITY,
    HERITAGE_CITY,
    blocking_violations,
    restored_tallies,
    save_screenshot,
)

pytestmark = [pytest.mark.browser, pytest.mark.frontend]

LANGUAGES = ["en", "fr"]
MODES = ["embed", "page"]
CHECKLIST_CITY = "lisbon"

CHECKLIST_STEPS = len(COUNCIL["sections"])
CHECKLIST_SCREENS = [f"step-{number}" for number in range(1, CHECKLIST_STEPS + 1)] + ["results"]

ANTIRUMOURS_SCREENS = {
    "overview": "",
    "report": "report/",
    "diagnosis": "diagnosis/",
    "rumour": "rumours/{rumour}/",
    "card": "rumours/{rumour}/card/",
    "checker": "checker/",
    "check": "checker/{rumour}/",
    "network": "network/",
    "campaigns": "campaigns/",
    "course": "course/",
    "quiz": "course/quiz/",
    "verify": "verify/",
    # What a resident sees after sending a form (the forms are filled in by `send_form`).
    "report-sent": "report/",
    "check-sent": "checker/{rumour}/",
    "quiz-result": "course/quiz/",
}

CONTRIBUTION_STEPS = ["what", "communities", "where", "when", "photos", "about", "review"]
HERITAGE_SCREENS = {
    "projects": "",
    "map": "{project}/",
    # The same items as a list, for readers without JavaScript (the map stays hidden).
    "list": "{project}/",
    "item": "{project}/items/{item}/",
    "thanks": "{project}/thanks/",
    "analysis": "{project}/analysis/",
    "action-plan": "{project}/action-plan/",
}
CONTRIBUTION = "{project}/contribute/"


def tool_url(site, language, mode, tool_slug, city, subpath=""):
    prefix = "embed" if mode == "embed" else "tools"
    return f"{site}/{language}/{prefix}/{tool_slug}/{city}/{subpath}"


def check_screen(page, language, name):
    """Screenshot the loaded screen, then assert axe finds nothing serious or critical."""
    assert page.locator("html").get_attribute("lang") == language
    save_screenshot(page, name)
    assert blocking_violations(page) == []


def record_screen(page, name):
    """What the loaded screen shows for check_screen: its `lang` and axe's serious or critical
    violations (after its screenshot)."""
    lang = page.locator("html").get_attribute("lang")
    save_screenshot(page, name)
    return lang, blocking_violations(page)


def assert_recorded(recorded, language):
    """check_screen's assertions, on a screen that record_screen saw."""
    lang, violations = recorded
    assert lang == language
    assert violations == []


def record_walk(page, url, steps, name):
    """Load `url`, the first screen of a multi-step form, and walk it: `steps(page)` yields the
    name of each screen as it shows and moves on to the next when asked for it. Returns what
    each screen showed (record_screen), by name; `name` makes the screenshots' names from the
    screen's (`name.format(screen)`)."""
    assert page.goto(url).status == 200
    return {screen: record_screen(page, name.format(screen)) for screen in steps(page)}


@pytest.fixture(scope="module")
def walked_screens(browser, demo_site, demo_keys, django_db_blocker):
    """A function giving what each screen of a multi-step form showed (record_screen), by screen
    name, for a walk (`WALKS`: `walk_self_check` or `walk_contribution`), a mode and a
    language.

    Each walk is made once, on its first request, in a browser context of its own that reaches
    no other host; a walk that fails fails the test that asked for it, and is made again for
    the next one.
    """
    walked = {}

    def screens(walk, mode, language):
        if (walk, mode, language) not in walked:
            context = browser.new_context()
            try:
                page = context.new_page()
                walked[walk, mode, language] = walk(
                    page, demo_site, demo_keys, django_db_blocker, mode, language
                )
            finally:
                context.close()
        return walked[walk, mode, language]

    return screens


# --- The council checklist's self-check ---


def next_step(page, number, total):
    """Answer every question of the step "partly" and go on; wait for step `number`."""
    questions = page.locator("fieldset.checklist-question")
    for index in range(questions.count()):
        questions.nth(index).locator("input[value='partly']").check()
    page.locator("button[name='next']").click()
    if number <= total:
        expect(page.locator(".checklist-progress__label")).to_have_text(
            re.compile(rf"^\D*{number}\D+{total}\D*$")
        )
    else:
        expect(page.locator(".checklist-overall")).to_be_visible()


def self_check_steps(page):
    """Show each screen of the self-check in turn, each step answered "partly": yields the name
    of the screen that shows."""
    for number, screen in enumerate(CHECKLIST_SCREENS, start=1):
        yield screen
        if number < len(CHECKLIST_SCREENS):
            next_step(page, number + 1, CHECKLIST_STEPS)


def walk_self_check(page, site, _keys, django_db_blocker, mode, language):
    """Every screen of the self-check (the tally put back)."""
    url = tool_url(site, language, mode, "council-checklist", CHECKLIST_CITY)
    with restored_tallies(django_db_blocker):
        return record_walk(
            page, url, self_check_steps, f"a11y-council-checklist-{{}}-{mode}-{language}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mode", MODES)
def test_published_assessments_page_has_no_serious_accessibility_violation(
    reused_page, demo_site, mode, language
):
    page = reused_page
    url = tool_url(demo_site, language, mode, "council-checklist", CHECKLIST_CITY)
    assert page.goto(f"{url}published/").status == 200
    expect(page.locator("#results-heading")).to_be_visible()  # the demo's published ones
    check_screen(page, language, f"a11y-council-checklist-published-{mode}-{language}")


# --- The anti-rumour strategy ---


def send_form(page, screen):
    """Fill in and send the form of a "...-sent" or "...-result" screen; wait for the answer."""
    if screen == "report-sent":
        page.locator("[name='text']").fill("Newcomers are said to take all the summer jobs.")
    elif screen == "check-sent":
        page.locator("input[name='answer'][value='think']").check()
    elif screen == "quiz-result":
        questions = page.locator("form.ar-form fieldset")
        for index in range(questions.count()):
            questions.nth(index).locator("input[type='radio']").first.check()
    with page.expect_navigation() as navigation:
        page.locator("form.ar-form button[type='submit']").click()
    assert navigation.value.status == 200


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("screen", list(ANTIRUMOURS_SCREENS))
def test_antirumours_screen_has_no_serious_accessibility_violation(
    reused_page, demo_site, demo_keys, antirumour_rows_restored, screen, mode, language
):
    page = reused_page
    subpath = ANTIRUMOURS_SCREENS[screen].format(**demo_keys)
    url = tool_url(demo_site, language, mode, "anti-rumours", ANTIRUMOURS_CITY, subpath)
    assert page.goto(url).status == 200
    if screen.endswith(("-sent", "-result")):
        send_form(page, screen)
    check_screen(page, language, f"a11y-antirumours-{screen}-{mode}-{language}")


# --- The heritage map ---


def contribution_steps(page):
    """Show each step of the contribution form in turn, filled in and never sent: yields the
    name of the step that shows."""
    fill = {
        "what": lambda: (
            page.locator("[name='what-title']").fill("Fado on the stairs"),
            page.locator("[name='what-description']").fill("Neighbours sing on Friday nights."),
            page.locator("input[name='what-category']").first.check(),
        ),
        "communities": lambda: (
            page.locator("input[name='communities-communities']").first.check(),
            page.locator("[name='communities-why_it_matters']").fill("It brings them together."),
        ),
        "where": lambda: page.locator("[name='where-place_name']").fill("Escadinhas da Saúde"),
        "when": lambda: page.locator("[name='when-period']").fill("Every Friday"),
        "photos": lambda: None,
        "about": lambda: page.locator("input[name='about-rights']").check(),
    }
    total = len(CONTRIBUTION_STEPS)
    for number, name in enumerate(CONTRIBUTION_STEPS, start=1):
        yield name
        if number == total:
            return
        fill[name]()
        page.locator(".heritage-form-actions button:not([name])").click()
        expect(page.locator(".heritage-progress-text")).to_have_text(
            re.compile(rf"^\D*{number + 1}\D+{total}\b")
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("screen", list(HERITAGE_SCREENS))
def test_heritage_map_screen_has_no_serious_accessibility_violation(
    reused_page, demo_site, demo_keys, screen, mode, language
):
    page = reused_page
    if screen == "list":
        # With the site's scripts refused the map is never shown: the list is all there is.
        page.route(re.compile(r"\.js(\?|$)"), lambda route: route.abort())
    subpath = HERITAGE_SCREENS[screen].format(**demo_keys)
    url = tool_url(demo_site, language, mode, "heritage-map", HERITAGE_CITY, subpath)
    assert page.goto(url).status == 200
    if screen == "map":
        page.locator("#heritage-map").wait_for(state="visible")
    if screen == "list":
        expect(page.locator("#heritage-map")).to_be_hidden()
        expect(page.locator(".heritage-list li").first).to_be_visible()
    check_screen(page, language, f"a11y-heritage-map-{screen}-{mode}-{language}")


def walk_contribution(page, site, keys, _django_db_blocker, mode, language):
    """Every step of the contribution form (never sent)."""
    url = tool_url(site, language, mode, "heritage-map", HERITAGE_CITY, CONTRIBUTION.format(**keys))
    return record_walk(
        page, url, contribution_steps, f"a11y-heritage-map-contribute-{{}}-{mode}-{language}"
    )


# --- The multi-step forms, walked once per mode and language ---

#: Each walk and the screens it shows, in order.
WALKS = {
    "self-check": (walk_self_check, CHECKLIST_SCREENS),
    "contribution": (walk_contribution, CONTRIBUTION_STEPS),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("walk", "screen"),
    [(walk, screen) for walk, (_w, screens) in WALKS.items() for screen in screens],
)
def test_walked_screen_has_no_serious_accessibility_violation(
    walked_screens, walk, screen, mode, language
):
    """A step of the self-check or of the contribution form, as its walk showed it."""
    assert_recorded(walked_screens(WALKS[walk][0], mode, language)[screen], language)
