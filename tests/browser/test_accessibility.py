"""axe-core on every public page type, in English and in Arabic: no serious or critical issue."""

import pytest

from tests.browser.conftest import blocking_violations, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.frontend, pytest.mark.indexes]

# One page of each public type, by model; the search page is a view.
PAGE_TYPES = [
    "home.HomePage",
    "cities.CityIndexPage",
    "cities.CityPage",
    "practices.PracticeIndexPage",
    "practices.PracticePage",
    "publications.ManualPage",
    "publications.ManualChapterPage",
    "publications.DeclarationIndexPage",
    "publications.DeclarationPage",
    "publications.PublicationIndexPage",
    "publications.PublicationPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "news.EventIndexPage",
    "news.EventPage",
]


@pytest.fixture(scope="module")
def sample_urls(demo_site, django_db_blocker):
    """The URL of one demo page of each type, in English and in Arabic.

    The demo has only a few Arabic pages; a page of each other type is put into Arabic here
    through wagtail-localize (untranslated strings fall back to English), which is enough to
    check the right-to-left layout of every template.
    """
    from django.apps import apps
    from wagtail.models import Locale

    from icc_site.localize import publish_translation

    urls = {}
    with django_db_blocker.unblock():
        english = Locale.objects.get(language_code="en")
        arabic = Locale.objects.get(language_code="ar")
        for label in PAGE_TYPES:
            model = apps.get_model(label)
            page = model.objects.live().filter(locale=english).order_by("path").first()
            assert page is not None, f"the demo content has no {label}"
            translated = page.get_translation_or_none(arabic) or publish_translation(
                page, arabic, {}
            )
            urls[label] = {"en": page.get_url(), "ar": translated.get_url()}
        urls["search"] = {"en": "/en/search/?query=city", "ar": "/ar/search/?query=city"}
    return urls


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("page_type", PAGE_TYPES + ["search"])
def test_page_type_has_no_serious_accessibility_violation(
    reused_page, demo_site, sample_urls, page_type, language
):
    page = reused_page
    response = page.goto(f"{demo_site}{sample_urls[page_type][language]}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert blocking_violations(page) == []
    save_screenshot(page, f"{page_type.replace('.', '-')}-{language}")
