"""The demo loader builds the manual, the declaration and the library, and can run twice."""

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

from cities.factories import CityIndexPageFactory
from publications import demo
from publications.models import (
    DeclarationPage,
    ManualChapterPage,
    ManualPage,
    PublicationPage,
)
from tests.conftest import all_locales, ensure_wagtail_tree
from tests.publications.conftest import add_cities

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_site(module_transaction):
    """Three cities and the publications' demo content (PDF files included), loaded once for
    the module's tests (it takes seconds)."""
    with module_transaction():
        home = ensure_wagtail_tree()
        city_index = CityIndexPageFactory(parent=home)
        add_cities(city_index, [("Lisbon", "Portugal"), ("Oslo", "Norway"), ("Rijeka", "Croatia")])
        demo.load(home, all_locales())
    return home


def test_demo_can_run_twice_without_duplicating_anything(demo_site, locales):
    pages = Page.objects.count()
    documents = get_document_model().objects.count()
    demo.load(demo_site, locales)
    assert Page.objects.count() == pages
    assert get_document_model().objects.count() == documents


def test_demo_manual_has_chapters_in_english_and_french(demo_site, locales):
    manual = ManualPage.objects.get(locale__language_code="en")
    assert len(manual.chapters()) >= 4
    assert manual.document is not None
    assert ManualChapterPage.objects.filter(locale=locales["fr"]).count() == len(manual.chapters())


def test_demo_declaration_is_endorsed_by_the_existing_demo_cities(demo_site):
    declaration = DeclarationPage.objects.get(slug="lisbon-declaration", locale__language_code="en")
    assert sorted(e.city.slug for e in declaration.endorsements.all()) == [
        "lisbon",
        "oslo",
        "rijeka",
    ]


def test_demo_library_has_publications_of_several_types(demo_site):
    english = PublicationPage.objects.filter(locale__language_code="en")
    assert english.count() >= 6
    assert english.values("publication_type").distinct().count() >= 3


def test_demo_documents_are_real_pdf_files(demo_site):
    document = ManualPage.objects.get(locale__language_code="en").document
    with document.file.open("rb") as handle:
        content = handle.read()
    assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")


def test_demo_pages_render_in_french(client, demo_site):
    for url in [
        "/fr/publications/",
        "/fr/anti-rumour-strategy-guide/",
        "/fr/anti-rumour-strategy-guide/why-rumours-matter/",
        "/fr/declarations/lisbon-declaration/",
    ]:
        assert client.get(url).status_code == 200, url
