"""Every language, in Chromium: the home page, and the citizenship test taken to its results in
a city that offers that language. The visible text must be in that language (langid decides,
not a list of expected words), and `lang` and `dir` must be right.

Parametrised over every language in settings; none is skipped. The tests load their pages in one
page (`reused_page`).
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot
from tests.browser.test_citizenship_test import answer_step
from tests.languages import (
    ALL_LANGUAGES,
    VISIBLE_TEXT_JS,
    identify,
)
from tools.demo import CITY_LANGUAGES

pytestmark = pytest.mark.browser

RIGHT_TO_LEFT = {"ar"}
# Too little text and a language identifier guesses: pages are checked from this length on.
ENOUGH_TEXT = 80


def city_offering(code):
    """A demo city with a citizenship test in `code`: one whose own language it is, if any."""
    from citizenship_test.demo.cities import CUSTOMISATIONS

    cities = [slug for slug in CITY_LANGUAGES if slug in CUSTOMISATIONS]
    for slug in cities:
        if CITY_LANGUAGES[slug][0] == code:
            return slug
    return next(slug for slug in cities if code in CITY_LANGUAGES[slug])


def assert_speaks(page, code, where):
    html = page.locator("html")
    assert html.get_attribute("lang") == code, where
    assert html.get_attribute("dir") == ("rtl" if code in RIGHT_TO_LEFT else "ltr"), where
    text = page.evaluate(VISIBLE_TEXT_JS)
    assert len(text) >= ENOUGH_TEXT, f"{where}: too little text to judge"
    assert identify(text) == code, f"{where} reads as {identify(text)}: {text[:300]!r}"


def demo_home_languages(django_db_blocker):
    from wagtail.models import Page, Site

    with django_db_blocker.unblock():
        root = Site.objects.get(is_default_site=True).root_page
        return set(
            Page.objects.live()
            .filter(translation_key=root.translation_key)
            .values_list("locale__language_code", flat=True)
        )


@pytest.mark.parametrize("code", ALL_LANGUAGES)
def test_home_page_speaks_its_language(reused_page, demo_site, django_db_blocker, code):
    page = reused_page
    assert code in demo_home_languages(django_db_blocker), f"the demo has no home page in {code}"
    page.goto(f"{demo_site}/{code}/")
    assert page.url == f"{demo_site}/{code}/"
    assert_speaks(page, code, f"/{code}/")


@pytest.mark.parametrize("code", ALL_LANGUAGES)
def test_citizenship_test_speaks_its_language_up_to_the_results(reused_page, demo_site, code):
    page = reused_page
    city = city_offering(code)
    url = f"{demo_site}/{code}/tools/citizenship-test/{city}/"
    page.goto(url)
    assert page.url == url, f"{city} does not show its test in {code}"
    expect(page.locator(".ct-progress__status")).to_be_visible()
    assert_speaks(page, code, f"{city}, first step")
    step = 1
    while not page.locator(".ct-review").count():
        answer_step(page, page)
        step += 1
        assert_speaks(page, code, f"{city}, step {step}")
    page.locator(".ct-actions button.ct-button").first.click()
    expect(page.locator(".ct-results h2")).to_be_visible()
    assert_speaks(page, code, f"{city}, results")
    save_screenshot(page, f"citizenship-test-results-{code}")
