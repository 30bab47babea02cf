"""Feeds of the declarations: what a feed reader following the network's declarations gets."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from publications.factories import DeclarationIndexPageFactory, DeclarationPageFactory
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def declarations(home_page):
    return DeclarationIndexPageFactory(parent=home_page)


def test_reader_finds_the_feeds_on_the_declarations_page(client, declarations):
    page = soup_of(client.get("/en/declarations/"), status=None)

    links = {link["type"]: link["href"] for link in page.select(".feed-links a")}
    assert links == {
        "application/rss+xml": "http://testserver/en/declarations/feed/rss/",
        "application/atom+xml": "http://testserver/en/declarations/feed/atom/",
    }
    assert page.find("link", rel="alternate", type="application/rss+xml")


def test_rss_feed_lists_live_public_declarations_newest_first(client, declarations):
    DeclarationPageFactory(
        parent=declarations, slug="lisbon", title="Lisbon Declaration", summary="Cities agree."
    )
    DeclarationPageFactory(
        parent=declarations, slug="new", title="New", date_adopted=datetime.date(2024, 5, 2)
    )
    DeclarationPageFactory(parent=declarations, slug="draft", title="Draft text", live=False)
    private = DeclarationPageFactory(parent=declarations, slug="closed", title="Closed text")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get("/en/declarations/feed/rss/")

    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == [
        "New",
        "Lisbon Declaration",
    ]
    lisbon = channel.findall("item")[1]
    assert lisbon.findtext("link") == "http://testserver/en/declarations/lisbon/"
    assert lisbon.findtext("description") == "Cities agree."
    # The list page itself leaves the private declaration out too.
    assert b"Closed text" not in client.get("/en/declarations/").content


def test_atom_feed_of_a_private_declarations_page_asks_for_a_login(client, declarations):
    PageViewRestriction.objects.create(page=declarations, restriction_type="login")

    assert client.get("/en/declarations/feed/atom/").status_code == 302
    assert client.get("/en/declarations/feed/other/").status_code == 404
