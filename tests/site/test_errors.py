"""The server error page speaks the visitor's language, and needs no database to do it."""

import polib
import pytest
from django.urls import get_resolver

from icc_site.errors import server_error
from tests.helpers import soup_of

# No django_db mark: any query the error page made would fail these tests.
pytestmark = pytest.mark.urls("tests.site.error_urls")


@pytest.fixture
def visitor(client):
    """A browser that gets the 500 page, as a visitor would, instead of the exception."""
    client.raise_request_exception = False
    return client


def error_page(client, url):
    response = client.get(url)
    return response, soup_of(response, status=500)


def test_french_visitor_gets_the_error_page_in_french(visitor):
    response, page = error_page(visitor, "/fr/broken/")

    assert page.h1.get_text(strip=True) == "Une erreur s'est produite"
    assert "L'erreur a été enregistrée." in page.get_text()
    assert page.html["lang"] == "fr"
    assert page.html["dir"] == "ltr"
    assert page.select_one("a")["href"] == "/fr/"
    assert response["Content-Language"] == "fr"


def test_english_visitor_gets_the_error_page_in_english(visitor):
    response, page = error_page(visitor, "/en/broken/")

    assert page.h1.get_text(strip=True) == "Something went wrong"
    assert page.html["lang"] == "en"
    assert page.html["dir"] == "ltr"
    assert page.select_one("a")["href"] == "/en/"


def test_arabic_visitor_gets_the_error_page_in_arabic_right_to_left(visitor):
    # The Arabic catalogue is complete: the page is Arabic, and announced as such.
    response, page = error_page(visitor, "/ar/broken/")

    assert page.h1.get_text(strip=True) == "حدث خطأ ما"
    assert page.html["lang"] == "ar"
    assert page.html["dir"] == "rtl"
    assert response["Content-Language"] == "ar"


def test_a_right_to_left_language_gets_the_page_right_to_left(visitor, settings, tmp_path):
    # An Arabic catalogue as a translator would add it (changing LOCALE_PATHS resets gettext).
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ar"}
    catalogue.append(polib.POEntry(msgid="Something went wrong", msgstr="حدث خطأ ما"))
    (tmp_path / "ar" / "LC_MESSAGES").mkdir(parents=True)
    catalogue.save_as_mofile(str(tmp_path / "ar" / "LC_MESSAGES" / "django.mo"))
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]

    response, page = error_page(visitor, "/ar/broken/")

    assert page.h1.get_text(strip=True) == "حدث خطأ ما"
    assert page.html["lang"] == "ar"
    assert page.html["dir"] == "rtl"


@pytest.mark.urls("icc_site.urls")
def test_the_site_uses_the_translated_error_page():
    assert get_resolver().resolve_error_handler(500) is server_error
