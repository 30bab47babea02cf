"""RSS and Atom feeds of the latest news, in the news index's language."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from icc_site.localize import publish_translation
from news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_feed_lists_the_latest_news_with_absolute_links(client, news_index):
    NewsPageFactory(parent=news_index, slug="old", title="Old", date=datetime.date(2017, 3, 1))
    NewsPageFactory(parent=news_index, slug="new", title="New", date=datetime.date(2019, 6, 1))

    response = client.get("/en/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in channel.findall("item")] == ["New", "Old"]
    assert channel.find("item").findtext("link") == "http://testserver/en/news/new/"


def test_atom_feed_lists_the_latest_news_with_absolute_links(client, news_index):
    NewsPageFactory(parent=news_index, slug="milestone", title="Ten years", intro="A summary.")

    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Ten years"
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/en/news/milestone/"
    assert entry.findtext(f"{ATOM}summary") == "A summary."


def test_french_feed_carries_the_french_news_only(client, news_index, french_home, locales):
    item = NewsPageFactory(parent=news_index, slug="seminar", title="Human rights seminar")
    NewsPageFactory(parent=news_index, slug="english-only", title="Only in English")
    publish_translation(news_index, locales["fr"], {"News": "Actualités", "news": "actualites"})
    publish_translation(
        item, locales["fr"], {"Human rights seminar": "Séminaire sur les droits humains"}
    )

    response = client.get("/fr/actualites/feed/rss/")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "fr"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Séminaire sur les droits humains"]
    assert items[0].findtext("link") == "http://testserver/fr/actualites/seminar/"
