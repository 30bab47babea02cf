"""Every tool taken step by step in Arabic (right to left) and in Ukrainian, in Chromium.

Each tool is walked through once per language, in a demo city offering it in that language
(tools.demo.CITY_LANGUAGES), the Index included (its contributors' screens at the demo round's
three stages, its results in the embed and its report). On every screen: `lang` and `dir` are
right, the visible text is in that language (langid decides), nothing sticks out sideways (no
horizontal scrolling), no request to the site fails (a stylesheet, an image), axe-core finds no
violation at all (`runs_axe`: once per screen of a city's customisation, in the runs that take
the front-end measurements), and, with
SCREENSHOTS=1, a screenshot is left under
test-results/screenshots/<language>-<tool>-<screen>.jpg. The step navigation is mirrored
in Arabic ("Next" to the left of "Back", the way a right-to-left reader moves on) and not in
Ukrainian; the heritage map's zoom buttons sit on the reader's starting side; the checklist's
PDF is in an Arabic typeface.

One walk per tool and language (not a test per screen) keeps this cheap: the steps are filled
once, and each screen is checked as the walk reaches it.
"""

import re
import zlib

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    ANTIRUMOURS_CITY,
    HERITAGE_CITY,
    axe_violations,
    save_screenshot,
)
from tests.browser.test_citizenship_test import answer_step
from tests.browser.test_tool_accessibility import (
    CONTRIBUTION_STEPS,
    contribution_steps,
    send_form,
    tool_url,
)
from tests.languages import VISIBLE_TEXT_JS, identify
from tools.demo import CITY_LANGUAGES

pytestmark = pytest.mark.browser

LANGUAGES = ["ar", "uk"]
RIGHT_TO_LEFT = {"ar"}
CITIZENSHIP_CITY = {"ar": "oslo", "uk": "odessa"}
CHECKLIST_CITY = HERITAGE_CITY
INDEX_CITY = HERITAGE_CITY  # the demo's round in progress is Lisbon's
# Too little text and a language identifier guesses (tests/browser/test_languages.py).
ENOUGH_TEXT = 80
SIDEWAYS_JS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def tool_page(page, demo_site):
    """A page, its failed requests to the site (4xx, 5xx) noted for check_screen."""
    failed = []
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.status} {response.url}")
            if response.status >= 400 and response.url.startswith("http://localhost")
            else None
        ),
    )
    FAILED_REQUESTS[page] = failed
    yield page
    FAILED_REQUESTS.pop(page, None)


FAILED_REQUESTS = {}


def runs_axe(frontend_measured, language, city_by_language=None):
    """Whether axe-core checks this walk's screens: only in a run that takes the front-end
    measurements (`frontend_measured`: `make test`, not the PostgreSQL and Redis suites, which
    walk the same screens for what does depend on the database); then always in Arabic; in
    Ukrainian only where
    the walk takes another city's customisation (`city_by_language`: the citizenship test's,
    with its own brand colours). Elsewhere both walks show the same markup in the same colours,
    which is what axe's rules judge; the words' language is checked on every screen (langid).
    axe is the costliest check of a screen: it doubles the time of a walk."""
    if not frontend_measured:
        return False
    if language == "ar":
        return True
    return city_by_language is not None and city_by_language[language] != city_by_language["ar"]


def check_screen(page, language, name, axe=True):
    """lang, dir, the text's language, no sideways scrolling, no failed request, no axe
    violation (if `axe`); a screenshot either way (with SCREENSHOTS=1)."""
    page.wait_for_load_state()  # every stylesheet applied before anything is measured
    save_screenshot(page, f"{language}-{name}")
    html = page.locator("html")
    assert html.get_attribute("lang") == language, name
    expected = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    assert html.get_attribute("dir") == expected, name
    text = page.evaluate(VISIBLE_TEXT_JS)
    assert len(text) >= ENOUGH_TEXT, f"{name}: too little text to judge"
    assert identify(text) == language, f"{name} reads as {identify(text)}: {text[:300]!r}"
    assert page.evaluate(SIDEWAYS_JS) <= 1, f"{name}: the page scrolls sideways"
    if axe:
        assert axe_violations(page) == [], name
    failed = FAILED_REQUESTS.get(page, [])
    assert failed == [], f"{name}: {failed}"


def check_navigation(next_button, back_button, language, name):
    """ "Next" on the side the reader moves on to: left in Arabic, right in Ukrainian."""
    next_button.page.wait_for_load_state()
    ahead, behind = next_button.bounding_box(), back_button.bounding_box()
    assert ahead and behind, f"{name}: a navigation button is not shown"
    if abs(ahead["y"] - behind["y"]) > min(ahead["height"], behind["height"]) / 2:
        return  # wrapped onto two lines (a long label on a narrow screen): no side to compare
    if language in RIGHT_TO_LEFT:
        assert ahead["x"] + ahead["width"] <= behind["x"], f"{name}: 'Next' is not left of 'Back'"
    else:
        assert behind["x"] + behind["width"] <= ahead["x"], f"{name}: 'Back' is not left of 'Next'"


def step_total(label):
    """The last number of a progress label ("Step 2 of 7" in any language)."""
    return int(re.findall(r"\d+", label)[-1])


def embedded_font_names(pdf):
    """The names of the fonts a PDF embeds (its object streams are compressed)."""
    names = set(re.findall(rb"/BaseFont\s*/([\w+-]+)", pdf))
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, flags=re.S):
        try:
            names |= set(re.findall(rb"/BaseFont\s*/([\w+-]+)", zlib.decompress(stream)))
        except zlib.error:
            continue
    return {name.decode().split("+")[-1] for name in names}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_offers_every_tool_walked_here_in_the_language(language):
    for city in (CITIZENSHIP_CITY[language], CHECKLIST_CITY, ANTIRUMOURS_CITY, HERITAGE_CITY):
        assert language in CITY_LANGUAGES[city], city


@pytest.mark.parametrize("language", LANGUAGES)
def test_citizenship_test_step_by_step(tool_page, demo_site, frontend_measured, language):
    page = tool_page
    axe = runs_axe(frontend_measured, language, CITIZENSHIP_CITY)
    url = tool_url(demo_site, language, "page", "citizenship-test", CITIZENSHIP_CITY[language])
    assert page.goto(url).status == 200 and page.url == url
    check_screen(page, language, "citizenship-test-step-1", axe=axe)
    step = 1
    while not page.locator(".ct-review").count():
        answer_step(page, page)
        step += 1
        actions = page.locator(".ct-actions")
        check_navigation(
            actions.locator(".ct-button").first,
            actions.locator("button[name='wizard_goto_step']"),
            language,
            f"citizenship test, step {step}",
        )
        check_screen(page, language, f"citizenship-test-step-{step}", axe=axe)
    page.locator(".ct-actions button.ct-button").first.click()
    expect(page.locator(".ct-results h2")).to_be_visible()
    check_screen(page, language, "citizenship-test-results", axe=axe)
    for screen in ("print", "guide"):
        assert page.goto(f"{url}{screen}/").status == 200
        check_screen(page, language, f"citizenship-test-{screen}", axe=axe)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("checklist", ["council-checklist", "project-checklist"])
def test_checklist_step_by_step(
    tool_page, demo_site, tallies_restored, frontend_measured, checklist, language
):
    page = tool_page
    axe = runs_axe(frontend_measured, language)
    url = tool_url(demo_site, language, "page", checklist, CHECKLIST_CITY)
    assert page.goto(url).status == 200 and page.url == url
    total = step_total(page.locator(".checklist-progress__label").inner_text())
    for number in range(1, total + 1):
        if number > 1:
            check_navigation(
                page.locator("button[name='next']"),
                page.locator("button[name='wizard_goto_step']"),
                language,
                f"{checklist}, step {number}",
            )
        check_screen(page, language, f"{checklist}-step-{number}", axe=axe)
        questions = page.locator("fieldset.checklist-question")
        for index in range(questions.count()):
            questions.nth(index).locator("input[value='partly']").check()
        page.locator("button[name='next']").click()
        if number < total:
            expect(page.locator(".checklist-progress__label")).to_have_text(
                re.compile(rf"\b{number + 1}\b")
            )
    expect(page.locator(".checklist-overall")).to_be_visible()
    check_screen(page, language, f"{checklist}-results", axe=axe)
    with page.expect_download() as download:
        page.locator(".checklist-actions__form button").click()
    pdf = open(download.value.path(), "rb").read()
    assert pdf.startswith(b"%PDF")
    fonts = embedded_font_names(pdf)
    if language in RIGHT_TO_LEFT:
        assert any("Arabic" in name for name in fonts), fonts


@pytest.mark.parametrize("language", LANGUAGES)
def test_heritage_map_and_contribution_step_by_step(
    tool_page, demo_site, demo_keys, frontend_measured, language
):
    page = tool_page
    axe = runs_axe(frontend_measured, language)
    project = f"{demo_keys['project']}/"
    url = tool_url(demo_site, language, "page", "heritage-map", HERITAGE_CITY, project)
    assert page.goto(url).status == 200 and page.url == url
    page.locator("#heritage-map").wait_for(state="visible")
    zoom = page.locator("#heritage-map .leaflet-control-zoom").bounding_box()
    frame = page.locator("#heritage-map").bounding_box()
    on_the_right = zoom["x"] > frame["x"] + frame["width"] / 2
    assert on_the_right == (language in RIGHT_TO_LEFT), "the zoom buttons are on the wrong side"
    check_screen(page, language, "heritage-map", axe=axe)
    assert page.goto(f"{url}contribute/").status == 200
    for step in contribution_steps(page):
        actions = page.locator(".heritage-form-actions")
        if step != CONTRIBUTION_STEPS[0]:
            check_navigation(
                actions.locator("button:not([name])"),
                actions.locator("button[name='wizard_goto_step']"),
                language,
                f"heritage contribution, {step}",
            )
        check_screen(page, language, f"heritage-contribute-{step}", axe=axe)
    # Enter in a field moves on, as "Next" does (the form's first button), never back.
    assert page.goto(f"{url}contribute/").status == 200
    next(step for step in contribution_steps(page) if step == "where")
    page.locator("[name='where-place_name']").fill("Escadinhas da Saúde")
    page.locator("[name='where-place_name']").press("Enter")
    where = CONTRIBUTION_STEPS.index("where") + 1
    expect(page.locator(".heritage-progress-text")).to_have_text(re.compile(rf"\b{where + 1}\b"))


ANTIRUMOUR_SCREENS = {
    "report": "report/",
    "report-sent": "report/",
    "checker": "checker/",
    "check": "checker/{rumour}/",
    "check-sent": "checker/{rumour}/",
    "course": "course/",
    "quiz": "course/quiz/",
    "quiz-result": "course/quiz/",
    "verify": "verify/",
}


@pytest.fixture
def quiz_answers(demo_keys, django_db_blocker):
    """The right answer to each question of Bilbao's quiz, by field name."""
    from antirumours.course import quiz_for
    from antirumours.models import AntiRumourStrategy

    with django_db_blocker.unblock():
        customisation = AntiRumourStrategy.objects.get(
            city__slug=ANTIRUMOURS_CITY, locale__language_code="en"
        )
        return {
            f"q{i}": str(question.correct_index)
            for i, question in enumerate(quiz_for(customisation))
        }


@pytest.mark.parametrize("language", LANGUAGES)
def test_antirumours_screens_and_certificate(
    tool_page,
    demo_site,
    demo_keys,
    antirumour_rows_restored,
    quiz_answers,
    frontend_measured,
    language,
):
    page = tool_page
    axe = runs_axe(frontend_measured, language)
    for screen, subpath in ANTIRUMOUR_SCREENS.items():
        url = tool_url(
            demo_site,
            language,
            "page",
            "anti-rumours",
            ANTIRUMOURS_CITY,
            subpath.format(**demo_keys),
        )
        assert page.goto(url).status == 200 and page.url == url, screen
        if screen.endswith(("-sent", "-result")):
            send_form(page, screen)
        check_screen(page, language, f"antirumours-{screen}", axe=axe)
    # The quiz passed, then the certificate it gives.
    page.goto(
        tool_url(demo_site, language, "page", "anti-rumours", ANTIRUMOURS_CITY, "course/quiz/")
    )
    for name, value in quiz_answers.items():
        page.locator(f"input[name='{name}'][value='{value}']").check()
    page.locator("form.ar-form button[type='submit']").click()
    page.locator("input[name='name']").fill("Amal Haddad")
    page.locator("form.ar-form button[type='submit']").click()
    expect(page.locator(".ar-certificate__code")).to_be_visible()
    check_screen(page, language, "antirumours-certificate", axe=axe)


@pytest.fixture(scope="module")
def index_invitations(demo_site, django_db_blocker):
    """The demo round's invitations (Lisbon): handed in, in progress and not started."""
    from intercultural_index.models import Invitation

    with django_db_blocker.unblock():
        invitations = list(
            Invitation.objects.filter(assignment__round__city__slug=INDEX_CITY)
            .select_related("assignment")
            .order_by("pk")
        )
    assert len({invitation.assignment.status for invitation in invitations}) == 3
    return invitations


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_contributors_screens_and_results(
    tool_page, demo_site, index_invitations, frontend_measured, language
):
    from intercultural_index.rounds.invitations import link_path

    page = tool_page
    axe = runs_axe(frontend_measured, language)
    for invitation in index_invitations:
        assert page.goto(demo_site + link_path(invitation, language)).status == 200
        check_screen(page, language, f"index-contributor-{invitation.assignment.status}", axe=axe)
    for mode, screen in (("embed", ""), ("page", "report/")):
        url = tool_url(demo_site, language, mode, "intercultural-index", INDEX_CITY, screen)
        assert page.goto(url).status == 200 and page.url == url
        expect(page.locator("svg.tool-chart__svg").first).to_be_visible()
        check_screen(page, language, f"index-{mode}-{screen.strip('/') or 'results'}", axe=axe)
