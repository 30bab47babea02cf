"""A city's tool page says what it is about to search engines and to link previews: the tool
and the city, not the network's general line."""

import pytest

from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def head_of(client, url):
    """{name or property: content} of the page's meta tags."""
    tags = soup_of(client.get(url)).select("meta[content]")
    return {tag.get("name") or tag.get("property"): tag["content"] for tag in tags}


def test_a_tool_page_is_described_by_the_citys_introduction(client, make_customisation, lisbon):
    make_customisation(lisbon, intro="<p>Lisbon &amp; its <b>residents</b> try it.</p>")

    meta = head_of(client, "/en/tools/throwaway/lisbon/")

    assert meta["description"] == "Lisbon & its residents try it."
    assert meta["og:description"] == meta["description"]
    assert meta["og:title"] == "Throwaway tool – Lisbon"


def test_a_tool_page_without_an_introduction_is_described_by_the_tool(
    client, make_customisation, lisbon
):
    make_customisation(lisbon, intro="")

    meta = head_of(client, "/en/tools/throwaway/lisbon/")

    assert meta["description"] == "A tool that exists only in tests."
