"""Filtering the good-practice database on a phone-sized screen, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, save_screenshot

pytestmark = pytest.mark.browser


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
    # Wait for the results page itself: the old page may still be showing after the click.
    expect(page).to_have_url(re.compile(r"[?&]topic="))
    by_topic = result_count(page)
    assert 0 < by_topic < total

    # The filter lives in the URL: reloading it gives the same results.
    page.goto(page.url)
    assert result_count(page) == by_topic
    # The page fits the phone's width: no horizontal scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    save_screenshot(phone_page, "practices-filtered-phone")
