"""Filtering the good-practice database on a phone-sized screen, in a real browser."""

import re

import pytest

from tests.browser.conftest import PHONE, save_screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def result_count(page):
    text = page.locator(".result-count").first.inner_text()
    return int(re.search(r"\d+", text).group())


def test_resident_filters_practices_by_topic_and_city_on_a_phone(phone_page, demo_site):
    page = phone_page
    page.goto(f"{demo_site}/en/practices/")
    total = result_count(page)
    assert total >= 20

    # Pick the first topic offered and apply the filter (works without JavaScript: a GET form).
    topic = page.locator("main form:has(input[name='topic']) input[name='topic']").first
    topic.check()
    page.locator("main form:has(input[name='topic']) [type=submit]").first.click()
    page.wait_for_load_state()
    assert "topic=" in page.url
    by_topic = result_count(page)
    assert 0 < by_topic < total

    # The filter lives in the URL: reloading it gives the same results.
    page.goto(page.url)
    assert result_count(page) == by_topic
    # The page fits the phone's width: no horizontal scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    save_screenshot(phone_page, "practices-filtered-phone")
