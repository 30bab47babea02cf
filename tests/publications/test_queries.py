"""Query budgets: each page type renders in at most 15 queries, however many children."""

import datetime

import pytest

from publications.factories import (
    DeclarationEndorsementFactory,
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
    DocumentFactory,
    ManualChapterPageFactory,
    ManualPageFactory,
    PublicationPageFactory,
)
from publications.models import DeclarationIndexPage
from tests.helpers import queries_for
from tests.publications.conftest import add_chapters, add_cities

pytestmark = pytest.mark.django_db

BUDGET = 15


def test_manual_page_stays_within_budget(client, manual, django_assert_max_num_queries):
    add_chapters(manual, 3)
    with django_assert_max_num_queries(BUDGET):
        client.get("/en/anti-rumour/")


def test_manual_page_queries_do_not_grow_with_chapters(client, manual):
    add_chapters(manual, 3)
    with_three = queries_for(client, "/en/anti-rumour/")
    for number in range(4, 16):
        ManualChapterPageFactory(parent=manual, title=f"Extra {number}")
    assert queries_for(client, "/en/anti-rumour/") == with_three


def test_chapter_page_stays_within_budget(client, manual, django_assert_max_num_queries):
    add_chapters(manual, 15)
    with django_assert_max_num_queries(BUDGET):
        client.get("/en/anti-rumour/ch-8/")


def test_chapter_page_queries_do_not_grow_with_chapters(client, home_page):
    small = ManualPageFactory(parent=home_page, slug="small")
    large = ManualPageFactory(parent=home_page, slug="large")
    add_chapters(small, 3)
    add_chapters(large, 15)
    assert queries_for(client, "/en/large/ch-2/") == queries_for(client, "/en/small/ch-2/")


def declaration_with(home_page, city_index, count, slug):
    declarations = DeclarationIndexPage.objects.child_of(home_page).first()
    if declarations is None:
        declarations = DeclarationIndexPageFactory(parent=home_page)
    declaration = DeclarationPageFactory(parent=declarations, slug=slug)
    cities = add_cities(city_index, [(f"{slug}{n}", "Norway") for n in range(count)])
    for offset, city in enumerate(cities):
        DeclarationEndorsementFactory(
            page=declaration, city=city, date=datetime.date(2018, 1, 1) + datetime.timedelta(offset)
        )
    return declaration


def test_declaration_page_stays_within_budget(
    client, home_page, city_index, django_assert_max_num_queries
):
    declaration_with(home_page, city_index, 15, "big")
    with django_assert_max_num_queries(BUDGET):
        client.get("/en/declarations/big/")


def test_declaration_page_queries_do_not_grow_with_endorsements(client, home_page, city_index):
    declaration_with(home_page, city_index, 3, "few")
    declaration_with(home_page, city_index, 15, "many")
    assert queries_for(client, "/en/declarations/many/") == queries_for(
        client, "/en/declarations/few/"
    )


@pytest.mark.parametrize(
    "path", ["/en/declarations/", "/en/declarations/feed/rss/", "/en/declarations/feed/atom/"]
)
def test_declaration_index_queries_do_not_grow_with_declarations(
    client, home_page, city_index, path, django_assert_max_num_queries
):
    declaration_with(home_page, city_index, 2, "first")
    few = queries_for(client, path)
    for number in range(12):
        declaration_with(home_page, city_index, 1, f"more{number}")
    with django_assert_max_num_queries(BUDGET):
        client.get(path)
    assert queries_for(client, path) == few


def test_library_stays_within_budget_when_filtered(client, library, django_assert_max_num_queries):
    for number in range(15):
        PublicationPageFactory(parent=library, year=2000 + number, languages=["en", "fr"])
    with django_assert_max_num_queries(BUDGET):
        client.get("/en/publications/?type=report&language=fr&page=2")


def test_library_queries_do_not_grow_with_publications(client, library):
    for _number in range(3):
        PublicationPageFactory(parent=library, languages=["en"])
    with_three = queries_for(client, "/en/publications/")
    for _number in range(12):
        PublicationPageFactory(parent=library, languages=["en"])
    assert queries_for(client, "/en/publications/") == with_three


def test_publication_page_stays_within_budget(client, library, django_assert_max_num_queries):
    documents = [
        ("document", {"document": DocumentFactory(), "language": "en", "label": ""})
        for _number in range(15)
    ]
    PublicationPageFactory(parent=library, slug="many-files", documents=documents)
    with django_assert_max_num_queries(BUDGET):
        client.get("/en/publications/many-files/")
