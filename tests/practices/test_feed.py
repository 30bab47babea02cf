"""Feeds of the good practices: the latest ones, in the list's language, for a feed reader."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_the_latest_practices_with_their_city(client, make_practice, cities):
    make_practice(title="Marvila housing", slug="marvila", summary="Homes for all.")
    make_practice(title="Oslo rights", slug="oslo-rights", city=cities["oslo"])
    make_practice(title="Unfinished", slug="unfinished", live=False)

    response = client.get("/en/practices/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Oslo rights",
        "Marvila housing",
    ]
    marvila = entries[1]
    assert marvila.find(f"{ATOM}link").get("href") == "http://testserver/en/practices/marvila/"
    assert marvila.findtext(f"{ATOM}summary") == "Homes for all."
    assert marvila.find(f"{ATOM}category").get("term") == "Lisbon"


def test_the_practice_list_links_to_its_feeds(client, practice_index):
    content = client.get("/en/practices/").content.decode()

    assert 'href="http://testserver/en/practices/feed/rss/"' in content
    assert client.get("/en/practices/feed/rss/").status_code == 200
