"""The citizenship test in headless Chromium: inside a cross-site frame (no cookie reaches it),
on a phone, refused by a site the city did not list, joined through a group session, and
through axe-core on every step.

The demo data is shared by every browser test: these tests add an allowed origin to Lisbon's
test (as its coordinator would), and remove the completions and sessions they create.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    PHONE,
    CrossSiteHost,
    blocking_violations,
    city_customisations,
    embed_snippet,
    save_screenshot,
)

pytestmark = pytest.mark.browser

CITY = "lisbon"
EMBED = f"/{{language}}/embed/citizenship-test/{CITY}/"
# The demo offers the test in English and French (no Arabic), so French is the second language.
LANGUAGES = ["en", "fr"]
STATUS = re.compile(r"(\d+)\D+(\d+)")


@pytest.fixture(scope="module")
def lisbon_customisations(demo_site, django_db_blocker):
    """Every language version of Lisbon's demo test, English first."""
    return city_customisations("citizenship-test", CITY, django_db_blocker)


@pytest.fixture(scope="module")
def host_page(embedding_page):
    """A page of Lisbon's own site (another origin) with its citizenship test (English)."""
    return embedding_page("citizenship-test", CITY)


@pytest.fixture
def new_rows(django_db_blocker):
    """Completions and sessions this test creates: listed on demand, deleted at the end."""
    from citizenship_test.models import Completion, EventSession

    with django_db_blocker.unblock():
        last_completion = Completion.objects.order_by("-pk").values_list("pk", flat=True).first()
        last_session = EventSession.objects.order_by("-pk").values_list("pk", flat=True).first()

    def completions():
        with django_db_blocker.unblock():
            return list(Completion.objects.filter(pk__gt=last_completion or 0))

    yield completions
    with django_db_blocker.unblock():
        Completion.objects.filter(pk__gt=last_completion or 0).delete()
        EventSession.objects.filter(pk__gt=last_session or 0).delete()


def step_numbers(scope):
    """(current step, number of steps) from the progress line ("Step 2 of 6")."""
    text = scope.locator(".ct-progress__status").inner_text()
    current, total = STATUS.search(text).groups()
    return int(current), int(total)


def answer_step(scope, page, keyboard=False):
    """Answer every question of the current step, then go on with "Next".

    With `keyboard`, as a keyboard user: focus each radio group, Space ticks the first answer
    and the arrow key moves to the next one; Enter sends the form (its first button is Next).
    Otherwise, a click on each question's last answer and on Next.
    """
    current, _total = step_numbers(scope)
    questions = scope.locator("fieldset.ct-question")
    for index in range(questions.count()):
        radios = questions.nth(index).locator("input[type=radio]")
        if keyboard:
            radios.first.focus()
            page.keyboard.press("Space")
            page.keyboard.press("ArrowDown")
        else:
            questions.nth(index).locator("label").last.click()
    if keyboard and questions.count():
        page.keyboard.press("Enter")
    else:
        scope.locator(".ct-actions button.ct-button").first.click()
    expect(scope.locator(".ct-progress__status")).not_to_have_text(
        re.compile(rf"^\D*{current}\D+\d+\D*$")
    )


def take_the_test(scope, page, on_step=None):
    """Answer every step (the first with the keyboard), send, and wait for the results."""
    expect(scope.locator(".ct-progress__status")).to_be_visible()
    first = True
    while True:
        if on_step:
            on_step()
        if scope.locator(".ct-review").count():
            break
        answer_step(scope, page, keyboard=first)
        first = False
    scope.locator(".ct-actions button.ct-button").first.click()
    expect(scope.locator(".ct-results h2")).to_be_visible()
    if on_step:
        on_step()


def test_resident_takes_the_test_inside_another_sites_frame(page, host_page, new_rows):
    page.goto(host_page)
    frame = page.frame_locator("iframe")

    expect(frame.locator("h1.tool__title")).to_have_text("Intercultural Citizenship Test")
    assert step_numbers(frame) == (1, 6)  # four components, about you, review
    take_the_test(frame, page)

    expect(frame.locator(".ct-results__overall")).to_contain_text("out of 100")
    stored = new_rows()
    assert len(stored) == 1
    assert stored[0].customisation.city.slug == CITY
    assert stored[0].event_session_id is None
    assert stored[0].questions_answered == stored[0].questions_asked == 13
    save_screenshot(page, "citizenship-test-framed-results")


def test_frame_resizes_itself_to_the_tool(page, host_page):
    page.goto(host_page)
    expect(page.frame_locator("iframe").locator("h1.tool__title")).to_be_visible()

    page.wait_for_function(
        "() => Math.round(document.querySelector('iframe').getBoundingClientRect().height) !== 640"
    )

    frame = page.frame_locator("iframe")
    content = frame.locator("body").evaluate("body => body.getBoundingClientRect().height")
    height = page.locator("iframe").evaluate("iframe => iframe.getBoundingClientRect().height")
    assert abs(height - content) <= 2


def test_no_cookie_reaches_the_framed_tool(page, host_page, demo_site):
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1.tool__title")).to_be_visible()
    frame.locator("fieldset.ct-question label").first.click()
    frame.locator(".ct-actions button.ct-button").first.click()
    expect(frame.locator(".ct-progress__status")).to_be_visible()
    assert page.context.cookies(demo_site) == []


def test_site_the_city_did_not_list_cannot_frame_the_tool(page, demo_site, lisbon_customisations):
    stranger = CrossSiteHost()
    try:
        url = stranger.publish(
            "/stranger.html", embed_snippet(lisbon_customisations[0], demo_site, "en")
        )
        header = page.request.get(f"{demo_site}{EMBED.format(language='en')}").headers[
            "content-security-policy"
        ]
        ancestors = next(
            part for part in header.split(";") if part.strip().startswith("frame-ancestors")
        )
        assert stranger.origin not in ancestors

        page.goto(url)
        page.wait_for_load_state("load")
        frame = page.frame_locator("iframe")

        expect(page.locator("h1")).to_have_text("A city's own website")
        page.wait_for_timeout(500)
        assert frame.locator("h1.tool__title").count() == 0
        framed = page.frames[1]
        assert framed.url.startswith("chrome-error://")  # Chromium shows its own error page
    finally:
        stranger.server.shutdown()


def test_resident_takes_the_framed_test_on_a_phone(phone_page, host_page, new_rows):
    page = phone_page
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1.tool__title")).to_be_visible()
    width = frame.locator("body").evaluate("body => body.scrollWidth")
    assert width <= PHONE["width"]  # nothing wider than the phone

    take_the_test(frame, page)

    assert len(new_rows()) == 1
    save_screenshot(page, "citizenship-test-framed-phone")


def test_after_next_on_a_phone_the_host_page_shows_the_top_of_the_tool(
    phone_page, host_page, new_rows
):
    page = phone_page
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1.tool__title")).to_be_visible()
    # The frame grows to the tool's height, taller than the phone: "Next" is at its foot.
    page.wait_for_function("() => document.querySelector('iframe').offsetHeight > innerHeight")

    answer_step(frame, page)  # scrolls the host page down to "Next", then opens step 2

    # The tool asked its host page to bring the frame's top into view.
    page.wait_for_function(
        "() => Math.abs(document.querySelector('iframe').getBoundingClientRect().top) < 2"
    )
    expect(frame.locator(".ct-step__title")).to_be_in_viewport()


def test_participant_joins_a_group_session_on_a_phone(
    phone_page, demo_site, lisbon_customisations, new_rows, django_db_blocker
):
    from citizenship_test.models import EventSession

    with django_db_blocker.unblock():
        session = EventSession.open_for(lisbon_customisations[0], "en", title="Browser test")
    page = phone_page
    page.goto(f"{demo_site}/en/tools/citizenship-test/{CITY}/join/")
    page.get_by_label("Session code").fill(session.code.lower())
    page.get_by_role("button", name="Join").click()

    expect(page.locator(".ct-event-note")).to_contain_text(session.code)
    take_the_test(page, page)

    stored = new_rows()
    assert [row.event_session_id for row in stored] == [session.pk]


def test_joining_a_closed_session_says_so(page, demo_site, django_db_blocker):
    from citizenship_test.models import EventSession

    with django_db_blocker.unblock():
        code = EventSession.objects.filter(closed_at__isnull=False).values_list("code", flat=True)[
            0
        ]
    response = page.goto(f"{demo_site}/en/tools/citizenship-test/{CITY}/join/{code}/")

    assert response.status == 410
    expect(page.get_by_role("alert")).to_contain_text(f"The session {code} is closed")


# Only in `make test` (axe reads the page): the same walk stores its answers on every database
# in test_resident_takes_the_test_inside_another_sites_frame.
@pytest.mark.frontend
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_and_the_results_pass_axe(page, demo_site, language, new_rows):
    page.goto(f"{demo_site}{EMBED.format(language=language)}")
    assert page.locator("html").get_attribute("lang") == language
    problems = {}

    def check():
        name = page.locator(".ct-step__title, .ct-results h2").first.inner_text()
        found = blocking_violations(page)
        if found:
            problems[name] = found

    take_the_test(page, page, on_step=check)

    assert problems == {}
    save_screenshot(page, f"citizenship-test-results-{language}")


@pytest.mark.frontend
@pytest.mark.parametrize("language", LANGUAGES)
def test_join_page_passes_axe(page, demo_site, language):
    page.goto(f"{demo_site}/{language}/tools/citizenship-test/{CITY}/join/?code=ZZZZZZ")
    assert blocking_violations(page) == []
