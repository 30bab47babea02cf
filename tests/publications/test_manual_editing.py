"""Manuals as readers and editors meet them: one chapter number, reading order in the admin,
and a preview of the whole manual with the chapters not published yet."""

import pytest

from publications.factories import ManualChapterPageFactory
from tests.helpers import soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def test_a_chapter_titled_with_its_number_is_not_numbered_twice(client, manual):
    ManualChapterPageFactory(parent=manual, title="Chapter 1: Welcome", slug="welcome")
    ManualChapterPageFactory(parent=manual, title="2. Rumours", slug="rumours")
    ManualChapterPageFactory(parent=manual, title="Chapter 7 and beyond", slug="beyond")

    soup = soup_of(client.get("/en/anti-rumour/"), status=None)

    links = [a.get_text(" ", strip=True) for a in soup.select(".manual-contents .manual-toc a")]
    assert links == ["Chapter 1: Welcome", "Chapter 2: Rumours", "Chapter 3: Chapter 7 and beyond"]


def test_the_admin_lists_a_manuals_chapters_in_reading_order(admin_client, manual):
    # Created last, moved first: the newest chapter is not the first one to read.
    second = ManualChapterPageFactory(parent=manual, title="Second to read", slug="second")
    first = ManualChapterPageFactory(parent=manual, title="First to read", slug="first")
    first.move(second, pos="left")

    page = admin_client.get(f"/admin/pages/{manual.pk}/").content.decode()

    assert page.index("First to read") < page.index("Second to read")


def test_editors_preview_the_whole_manual_with_draft_chapters(manual):
    ManualChapterPageFactory(parent=manual, title="Published", slug="published")
    draft = ManualChapterPageFactory(parent=manual, title="Still a draft", slug="draft", live=False)
    changed = ManualChapterPageFactory(parent=manual, title="Old title", slug="changed")
    changed.title = "New title"
    changed.save_revision()  # saved, not published
    assert not draft.live

    assert "whole" in dict(manual.preview_modes)
    response = manual.make_preview_request(preview_mode="whole")
    soup = soup_of(response.render(), status=None)

    headings = [h2.get_text(" ", strip=True) for h2 in soup.select(".manual-chapter > h2")]
    assert headings == [
        "Chapter 1: Published",
        "Chapter 2: Still a draft Not published yet",
        "Chapter 3: New title Not published yet",
    ]
