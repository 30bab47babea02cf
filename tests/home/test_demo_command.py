"""The demo content command that `make run` calls on an empty database."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from tests.conftest import load_demo_committed, reset_database
from tests.helpers import soup_of
from tests.languages import identify

pytestmark = pytest.mark.django_db


def load_demo(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module (it takes seconds) and removed after."""
    with django_db_blocker.unblock():
        load_demo_committed()
        yield
        reset_database()


def count_live(label, language="en"):
    from django.apps import apps

    model = apps.get_model(label)
    return model.objects.live().filter(locale__language_code=language).count()


def test_demo_has_what_a_newcomer_needs_to_try_the_site(demo):
    from publications.models import DeclarationPage

    assert count_live("cities.CityPage") >= 10
    assert count_live("practices.PracticePage") >= 20
    assert count_live("publications.ManualChapterPage") >= 3
    assert count_live("publications.PublicationPage") >= 5
    assert count_live("news.NewsPage") >= 5
    assert count_live("news.EventPage") >= 5
    lisbon = DeclarationPage.objects.get(locale__language_code="en", title__icontains="Lisbon")
    assert lisbon.endorsements.count() >= 5


def test_demo_is_in_english_and_french_with_arabic_pages(demo):
    french = Page.objects.live().filter(locale__language_code="fr")
    assert french.count() >= 30
    assert count_live("cities.CityPage", "fr") >= 10
    assert count_live("practices.PracticePage", "fr") >= 1
    assert count_live("publications.ManualChapterPage", "fr") >= 3
    assert Page.objects.live().filter(locale__language_code="ar").count() >= 2


def test_loading_the_demo_twice_changes_nothing(demo):
    before = {
        locale.language_code: Page.objects.filter(locale=locale).count()
        for locale in Locale.objects.all()
    }
    load_demo()
    after = {
        locale.language_code: Page.objects.filter(locale=locale).count()
        for locale in Locale.objects.all()
    }
    assert after == before


def test_if_empty_leaves_a_site_with_content_alone(demo):
    from cities.models import CityPage

    lisbon = CityPage.objects.get(slug="lisbon", locale__language_code="en")
    lisbon.title = "Lisboa (edited)"
    lisbon.save_revision().publish()
    output = load_demo("--if-empty")
    assert "not loaded" in output
    lisbon.refresh_from_db()
    assert lisbon.title == "Lisboa (edited)"


def test_the_printed_demo_login_works(client, demo):
    from home.demo import DEMO_EDITOR

    assert client.login(**DEMO_EDITOR)
    assert client.get("/admin/").status_code == 200


def test_demo_pictures_are_ours_small_and_say_they_are_demo_images(demo, client):
    from cities.models import CityPage
    from news.models import NewsPage
    from practices.models import PracticePage
    from publications.models import ManualPage

    english = {"locale__language_code": "en"}
    images = [page.image for page in CityPage.objects.filter(**english)]
    images += [page.image for page in NewsPage.objects.filter(**english)]
    images += [page.cover_image for page in ManualPage.objects.filter(**english)]
    images += [page.images[0].value["image"] for page in PracticePage.objects.filter(**english)]
    assert None not in images
    for image in images:
        assert image.title.startswith("Demo image: ")
        assert image.description.startswith("Demo image ")
        assert image.file.size < 8_000  # drawn shapes in a few colours, not a photo
    # One picture per page, each drawn for it.
    assert len({image.pk for image in images}) == len(images)

    lisbon = CityPage.objects.get(slug="lisbon", **english)
    response = client.get(lisbon.url)
    picture = response.content.decode().split('class="city__image"')[1].split("</figure>")[0]
    assert 'alt="Demo image (an abstract pattern, not a photo): Lisbon"' in picture
    # The translations show the same picture.
    assert CityPage.objects.get(slug="lisbon", locale__language_code="fr").image == lisbon.image


def picture_alt(client, url, selector):
    """The alt text of the picture `selector` on the page at `url`, as a screen reader reads
    it, and the language the page says it is in."""
    page = soup_of(client.get(url, follow=True))
    return page.select_one(selector)["alt"], page.html["lang"]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_demo_pictures_are_described_in_the_language_of_the_page(demo, client, language):
    from cities.models import CityPage

    lisbon = CityPage.objects.get(slug="lisbon", locale__language_code=language)

    alt, page_language = picture_alt(client, lisbon.url, ".city__image img")

    assert page_language == language
    assert identify(alt) == language


def test_french_news_and_practices_describe_their_pictures_in_french(demo, client):
    from news.models import NewsPage
    from practices.models import PracticePage

    french = {"locale__language_code": "fr"}
    news = NewsPage.objects.live().filter(**french).exclude(image=None).first()
    practice = PracticePage.objects.live().filter(**french).first()

    found = [
        picture_alt(client, news.url, ".story-figure--lead img"),
        picture_alt(client, practice.url, ".practice-figure img"),
    ]

    assert [(identify(alt), language) for alt, language in found] == [("fr", "fr")] * 2


def test_an_editor_translating_a_city_into_portuguese_translates_its_picture_too(demo, client):
    """No demo page is in Portuguese: an editor translates Lisbon's profile as wagtail-localize
    offers it, and the picture's description is one of the texts to translate."""
    from cities.models import CityPage
    from icc_site.localize import publish_translation

    lisbon = CityPage.objects.get(slug="lisbon", locale__language_code="en")
    english_alt, _language = picture_alt(client, lisbon.url, ".city__image img")
    portuguese = publish_translation(
        lisbon,
        Locale.objects.get(language_code="pt"),
        {
            "Lisbon": "Lisboa",
            english_alt: "Imagem de demonstração (um padrão abstrato, não uma fotografia): Lisboa",
        },
    )

    alt, page_language = picture_alt(client, portuguese.url, ".city__image img")

    assert page_language == "pt"
    assert identify(alt) == "pt"
