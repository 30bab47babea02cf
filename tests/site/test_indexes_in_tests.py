"""The tests' rule for Wagtail's search and reference indexes (tests/indexes.py): saves keep them
up to date only where a module is marked `indexes`, and a read of an index that was not kept
fails the test, even when a view's error page swallowed the error. (This module is not marked.)
"""

import pytest
import wagtail_factories
from django.test import Client
from wagtail.models import Page, ReferenceIndex

from tests import indexes

pytestmark = pytest.mark.django_db


def found(word):
    with indexes.kept():
        return [page.title for page in Page.objects.live().search(word)]


def test_a_module_not_marked_keeps_neither_index(lisbon):
    assert not indexes.kept_now()
    lisbon.title = "Lisbon Zanzibarquay"
    lisbon.save_revision().publish()
    assert found("Zanzibarquay") == []

    with indexes.kept():  # what a module marked `indexes` does
        lisbon.save_revision().publish()
    assert found("Zanzibarquay") == ["Lisbon Zanzibarquay"]


def test_a_reference_is_indexed_only_where_kept(lisbon):
    image = wagtail_factories.ImageFactory()
    lisbon.image = image
    lisbon.save_revision().publish()
    with indexes.kept():
        assert ReferenceIndex.get_references_to(image).count() == 0
        lisbon.save_revision().publish()
        assert ReferenceIndex.get_references_to(image).count() == 1


def test_reading_an_index_not_kept_is_refused_and_says_what_to_do(lisbon):
    with pytest.raises(indexes.IndexNotKept, match="pytest.mark.indexes"):
        Page.objects.search("Lisbon")
    with pytest.raises(indexes.IndexNotKept, match="the reference index"):
        ReferenceIndex.get_references_to(lisbon)
    assert len(indexes.refused()) == 2  # taken back: this test is not to fail for them


def test_a_refused_read_is_kept_for_the_test_even_when_a_500_page_hid_it(lisbon):
    client = Client(raise_request_exception=False)
    response = client.get("/en/search/", {"query": "Lisbon"})
    assert response.status_code == 500
    refused = indexes.refused()  # the autouse fixture would fail the test with it
    assert refused and "the search index" in refused[0]
