"""A page or tool is shown under /xx/ only in xx; otherwise the visitor is told, in xx."""

import pytest
from django.conf import settings
from wagtail.models import Page

from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def test_a_language_without_a_home_page_is_not_english_under_its_label(client, home_page):
    response = client.get("/de/")
    assert response.status_code == 302
    assert response["Location"] == "/en/?from=de"


def test_the_visitor_is_told_in_their_own_language_why_the_page_is_in_another(
    client, home_page, locales
):
    soup = soup_of(client.get("/fr/", follow=True))
    assert soup.html["lang"] == "en"
    notice = soup.select_one(".language-notice")
    assert notice["lang"] == "fr"
    assert notice.get_text(strip=True) == (
        "Cette page n'existe pas en français\u00a0: elle est affichée en anglais."
    )


def test_the_nearest_translation_is_the_one_the_browser_prefers(client, french_home):
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="de, fr;q=0.8, en;q=0.5")
    assert response["Location"] == "/fr/?from=de"


def test_a_notice_for_a_language_that_exists_or_is_unknown_is_not_shown(client, french_home):
    for asked in ("en", "xx", "<script>"):
        soup = soup_of(client.get("/en/", {"from": asked}))
        assert soup.select_one(".language-notice") is None


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("es-ES, es;q=0.9", "/en/"), ("es, fr;q=0.8", "/fr/"), ("fr-CA", "/fr/"), ("", "/en/")],
)
def test_root_sends_the_browser_to_its_best_language_that_exists(
    client, french_home, accept, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_search_switcher_lists_only_languages_with_a_home_page(client, french_home, locales):
    soup = soup_of(client.get("/en/search/"))
    codes = [link["hreflang"] for link in soup.select(".language-switcher a")]
    assert codes == ["en", "fr"]
    for link in soup.select(".language-switcher a"):
        assert client.get(link["href"]).status_code == 200


def test_translate_in_the_admin_makes_a_draft(home_page, locales):
    from wagtail_localize.operations import translate_object

    translate_object(home_page, [locales["de"]])
    german = Page.objects.get(translation_key=home_page.translation_key, locale=locales["de"])
    assert not german.live
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
