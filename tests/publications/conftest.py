"""Fixtures of the publications tests: a library, a manual with its chapters, cities."""

import pytest

from cities.factories import CityPageFactory
from publications.factories import (
    DocumentFactory,
    ManualChapterPageFactory,
    ManualPageFactory,
    PublicationIndexPageFactory,
)


@pytest.fixture
def library(home_page):
    """The publications library, at /en/publications/."""
    return PublicationIndexPageFactory(parent=home_page)


@pytest.fixture
def manual_document(db):
    return DocumentFactory(title="Anti-rumour manual (whole text)")


@pytest.fixture
def manual(home_page, manual_document):
    """A manual at /en/anti-rumour/, with a document to download and no chapter yet."""
    return ManualPageFactory(
        parent=home_page, title="Anti-rumour manual", slug="anti-rumour", document=manual_document
    )


def add_chapters(manual, count):
    """Give `manual` `count` chapters named "Chapter 1", "Chapter 2"... in reading order."""
    return [
        ManualChapterPageFactory(parent=manual, title=f"Chapter {number}", slug=f"ch-{number}")
        for number in range(1, count + 1)
    ]


def add_cities(city_index, names):
    """Create one city page per (name, country) pair, with the name's slug."""
    return [
        CityPageFactory(parent=city_index, title=name, slug=name.lower(), country=country)
        for name, country in names
    ]
