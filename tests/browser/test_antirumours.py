"""The anti-rumours report form and rumour checker in headless Chromium, inside another site's
frame.

The host page is served from http://127.0.0.1:<port> and frames Bilbao's strategy on
http://localhost:<port>: different sites to the browser, so no cookie reaches the tool (see
STACK.md). A report waits for moderation and is not public; a checker answer only adds one to a
counter. The demo data is shared by every browser test: the reports these tests send are
deleted and the counters they change are put back.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, save_screenshot

pytestmark = pytest.mark.browser

CITY = "bilbao"
REPORT = "People say newcomers get social housing before everyone else in Otxarkoaga."


@pytest.fixture(scope="module")
def host_page(embedding_page):
    """A page of Bilbao's own site (another origin) with its anti-rumour strategy (English)."""
    return embedding_page("anti-rumours", CITY)


@pytest.fixture
def new_reports(django_db_blocker):
    """Reports this test sends: listed on demand, deleted at the end."""
    from antirumours.models import RumourReport

    with django_db_blocker.unblock():
        last = RumourReport.objects.order_by("-pk").values_list("pk", flat=True).first() or 0

    def reports():
        with django_db_blocker.unblock():
            return list(RumourReport.objects.filter(pk__gt=last))

    yield reports
    with django_db_blocker.unblock():
        RumourReport.objects.filter(pk__gt=last).delete()


@pytest.fixture
def checker_counts(django_db_blocker):
    """{(rumour slug, answer): count} of the checker's counters now; restored at the end."""
    from antirumours.models import CheckerTally

    with django_db_blocker.unblock():
        before = dict(CheckerTally.objects.values_list("pk", "count"))

    def counts():
        with django_db_blocker.unblock():
            totals = {}
            rows = CheckerTally.objects.filter(rumour__city__slug=CITY).values_list(
                "rumour__slug", "answer", "count"
            )
            for slug, answer, count in rows:
                totals[slug, answer] = totals.get((slug, answer), 0) + count
            return totals

    yield counts
    with django_db_blocker.unblock():
        CheckerTally.objects.exclude(pk__in=before).delete()
        for pk, count in before.items():
            CheckerTally.objects.filter(pk=pk).update(count=count)


def tool_cookies(page):
    return [c for c in page.context.cookies() if c["domain"] in ("localhost", ".localhost")]


def open_screen(page, host_page, link_text):
    """The host page, then a link of the strategy's overview, inside the frame."""
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    frame.get_by_role("link", name=link_text).first.click()
    return frame


def check_a_rumour(frame):
    """Choose the first rumour of the checker, answer that it made you think, and send.

    Returns the rumour's slug (the last part of its link)."""
    link = frame.locator(".ar-choices a").first
    slug = link.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
    link.click()
    frame.locator("label:has(input[value='think'])").click()
    frame.get_by_role("button", name="Send my answer").click()
    expect(frame.locator(".ar-success")).to_have_text("Your answer has been counted.")
    return slug


def test_resident_reports_a_rumour_inside_another_sites_frame(page, host_page, new_reports):
    frame = open_screen(page, host_page, "Tell us about a rumour, anonymously")

    frame.get_by_label("What did you hear?").fill(REPORT)
    frame.get_by_label("Where did you hear it?").select_option("social-media")
    frame.get_by_label("Which group was it about?").fill("newcomers")
    frame.get_by_role("button", name="Send the report").click()

    expect(frame.locator(".ar-success")).to_contain_text("A moderator will read it")
    save_screenshot(page, "antirumours-embed-report-thanks")
    assert tool_cookies(page) == []
    [report] = new_reports()
    assert (report.text, report.channel, report.target) == (REPORT, "social-media", "newcomers")
    assert report.status == report.PENDING and report.rumour is None
    assert report.city.slug == CITY and report.language == "en"


def test_a_reported_rumour_is_not_public_before_moderation(page, host_page, new_reports):
    frame = open_screen(page, host_page, "Tell us about a rumour, anonymously")
    frame.get_by_label("What did you hear?").fill(REPORT)
    frame.get_by_role("button", name="Send the report").click()
    expect(frame.locator(".ar-success")).to_be_visible()
    assert len(new_reports()) == 1

    page.goto(host_page)
    frame = page.frame_locator("iframe")
    frame.locator("nav").get_by_role("link", name="Diagnosis").click()
    expect(frame.locator("h1")).to_contain_text("Diagnosis")
    expect(frame.locator("body")).not_to_contain_text("Otxarkoaga")


def test_a_report_too_short_comes_back_with_what_was_typed(page, host_page, new_reports):
    frame = open_screen(page, host_page, "Tell us about a rumour, anonymously")

    frame.get_by_label("What did you hear?").fill("Short")
    frame.get_by_label("Which group was it about?").fill("students")
    frame.get_by_role("button", name="Send the report").click()

    expect(frame.get_by_role("alert")).to_contain_text("What did you hear?")
    expect(frame.get_by_label("What did you hear?")).to_have_value("Short")
    expect(frame.get_by_label("Which group was it about?")).to_have_value("students")
    assert new_reports() == []


def test_resident_checks_a_rumour_inside_another_sites_frame(
    page, host_page, new_reports, checker_counts
):
    before = checker_counts()
    frame = open_screen(page, host_page, "Check a rumour you heard")

    slug = check_a_rumour(frame)

    expect(frame.locator("table")).to_contain_text("It made me think")
    save_screenshot(page, "antirumours-embed-checker-thanks")
    assert tool_cookies(page) == []
    after = checker_counts()
    assert after.pop((slug, "think")) == before.pop((slug, "think"), 0) + 1
    assert after == before
    assert new_reports() == []


def test_resident_checks_a_rumour_on_a_phone(phone_page, host_page, new_reports, checker_counts):
    before = sum(checker_counts().values())
    frame = open_screen(phone_page, host_page, "Check a rumour you heard")

    check_a_rumour(frame)

    save_screenshot(phone_page, "antirumours-embed-phone-checker-thanks")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the host page scrolls sideways on a phone"
    assert tool_cookies(phone_page) == []
    assert sum(checker_counts().values()) == before + 1
    assert new_reports() == []


@pytest.fixture
def page_without_javascript(browser):
    """A phone-sized page with JavaScript turned off (in the host page and in the frame)."""
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def test_resident_reports_a_rumour_without_javascript_inside_another_sites_frame(
    page_without_javascript, host_page, new_reports
):
    page = page_without_javascript
    frame = open_screen(page, host_page, "Tell us about a rumour, anonymously")

    frame.get_by_label("What did you hear?").fill(REPORT)
    frame.get_by_label("Where did you hear it?").select_option("workplace")
    frame.get_by_role("button", name="Send the report").click()

    expect(frame.get_by_role("status")).to_contain_text("A moderator will read it")
    assert tool_cookies(page) == []
    [report] = new_reports()
    assert report.status == report.PENDING and report.channel == "workplace"


def test_resident_sends_a_checker_answer_with_the_keyboard(page, host_page, checker_counts):
    before = sum(checker_counts().values())
    frame = open_screen(page, host_page, "Check a rumour you heard")
    frame.locator(".ar-choices a").first.click()

    frame.locator("input[value='think']").check()
    frame.get_by_role("button", name="Send my answer").press("Enter")

    expect(frame.get_by_role("status")).to_be_visible()
    assert tool_cookies(page) == []
    assert sum(checker_counts().values()) == before + 1
