"""Manuals read online: table of contents, chapter navigation, the download link."""

import pytest

from publications.models import ManualChapterPage, chapter_position
from tests.helpers import soup_of
from tests.publications.conftest import add_chapters

pytestmark = pytest.mark.django_db


def test_manual_lists_its_chapters_numbered_in_page_order(client, manual):
    add_chapters(manual, 3)
    soup = soup_of(client.get("/en/anti-rumour/"))
    items = soup.select(".manual-contents .manual-toc li")
    assert [item.select_one(".manual-toc__number").text for item in items] == ["1", "2", "3"]
    assert [item.a.get("href") for item in items] == [
        "/en/anti-rumour/ch-1/",
        "/en/anti-rumour/ch-2/",
        "/en/anti-rumour/ch-3/",
    ]


def test_manual_table_of_contents_leaves_out_unpublished_chapters(client, manual):
    first, second = add_chapters(manual, 2)
    second.unpublish()
    soup = soup_of(client.get("/en/anti-rumour/"))
    # The chapter is titled "Chapter 1": its number is not said twice.
    assert [a.text.strip() for a in soup.select(".manual-contents .manual-toc a")] == ["Chapter 1"]


def test_manual_without_chapters_says_so(client, manual):
    soup = soup_of(client.get("/en/anti-rumour/"))
    assert "No chapter of this manual has been published yet." in soup.select_one(
        ".manual-contents"
    ).get_text(" ", strip=True)


def test_manual_offers_its_document_to_download(client, manual, manual_document):
    soup = soup_of(client.get("/en/anti-rumour/"))
    link = soup.select_one(".manual-download a")
    assert link["href"] == manual_document.url
    assert "TXT" in link.text


def test_chapter_links_to_previous_and_next_chapters(client, manual):
    add_chapters(manual, 3)
    soup = soup_of(client.get("/en/anti-rumour/ch-2/"))
    assert soup.select_one('.chapter-nav a[rel="prev"]')["href"].endswith("/ch-1/")
    assert soup.select_one('.chapter-nav a[rel="next"]')["href"].endswith("/ch-3/")


def test_first_chapter_has_no_previous_link(client, manual):
    add_chapters(manual, 2)
    soup = soup_of(client.get("/en/anti-rumour/ch-1/"))
    assert soup.select_one('.chapter-nav a[rel="prev"]') is None
    assert soup.select_one('.chapter-nav a[rel="next"]')["href"].endswith("/ch-2/")


def test_last_chapter_has_no_next_link(client, manual):
    add_chapters(manual, 2)
    soup = soup_of(client.get("/en/anti-rumour/ch-2/"))
    assert soup.select_one('.chapter-nav a[rel="next"]') is None


def test_chapter_says_which_chapter_it_is(client, manual):
    add_chapters(manual, 4)
    soup = soup_of(client.get("/en/anti-rumour/ch-3/"))
    assert "Chapter 3 of 4" in soup.select_one(".page-header .meta").get_text(" ", strip=True)


def test_chapter_marks_itself_in_the_table_of_contents(client, manual):
    add_chapters(manual, 3)
    soup = soup_of(client.get("/en/anti-rumour/ch-2/"))
    current = soup.select(".manual-sidebar .manual-toc a[aria-current]")
    assert [a["href"] for a in current] == ["/en/anti-rumour/ch-2/"]


def test_chapter_links_back_to_its_manual(client, manual):
    add_chapters(manual, 1)
    soup = soup_of(client.get("/en/anti-rumour/ch-1/"))
    assert soup.select_one(".manual-sidebar__back a")["href"] == "/en/anti-rumour/"


def test_chapter_offers_the_manual_download(client, manual, manual_document):
    add_chapters(manual, 1)
    soup = soup_of(client.get("/en/anti-rumour/ch-1/"))
    assert soup.select_one(".manual-download a")["href"] == manual_document.url


def test_chapter_shows_its_text(client, manual):
    add_chapters(manual, 1)
    soup = soup_of(client.get("/en/anti-rumour/ch-1/"))
    assert soup.select_one(".prose h2").text == "About Chapter 1"
    assert "The text of Chapter 1." in soup.select_one(".prose").text


def test_chapter_order_follows_the_page_tree_after_a_move(manual):
    first, second, third = add_chapters(manual, 3)
    third.move(first, pos="left")
    titles = [chapter.title for chapter in manual.chapters()]
    assert titles == ["Chapter 3", "Chapter 1", "Chapter 2"]


def test_chapter_position_of_a_draft_has_no_neighbours(manual):
    chapters = add_chapters(manual, 2)
    draft = ManualChapterPage(title="Draft", slug="draft")
    assert chapter_position(chapters, draft) == {
        "chapter_number": None,
        "previous_chapter": None,
        "next_chapter": None,
    }


def test_manual_page_loads_the_print_rules(client, manual):
    soup = soup_of(client.get("/en/anti-rumour/"))
    hrefs = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    assert any(href.endswith("publications/publications.css") for href in hrefs)
