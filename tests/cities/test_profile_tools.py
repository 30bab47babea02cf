"""A city profile lists the tools the city offers and the recognitions they give it."""

import pytest
from wagtail import hooks

from tests.helpers import soup_of
from tools.directory import RECOGNITIONS_HOOK

pytestmark = pytest.mark.django_db


def publish_tool(model, city, **fields):
    customisation = model(city=city, enabled=True, languages=["en"], **fields)
    customisation.save()
    customisation.save_revision().publish()
    return customisation


def profile(client, city):
    return soup_of(client.get(city.url), status=None)


def installed_tool_types():
    from tools.registry import get_tool_types

    return get_tool_types()


def test_profile_lists_each_published_tool_with_a_link(client, lisbon):
    tool_types = installed_tool_types()
    if not tool_types:
        pytest.skip("no tool app installed")
    model = tool_types[0]
    publish_tool(model, lisbon)
    soup = profile(client, lisbon)
    links = [a["href"] for a in soup.select("#city-tools-title ~ ul a")]
    assert links == [f"/en/tools/{model.tool_slug}/lisbon/"]


def test_profile_without_tools_leaves_the_section_out(client, lisbon):
    assert profile(client, lisbon).select("#city-tools-title") == []


def test_recognition_from_a_tool_shows_on_the_profile(client, lisbon):
    tool_types = installed_tool_types()
    if not tool_types:
        pytest.skip("no tool app installed")
    model = tool_types[0]

    def recognitions(city):
        return [(model, f"Recognised: {city.title}")]

    with hooks.register_temporarily(RECOGNITIONS_HOOK, recognitions):
        soup = profile(client, lisbon)
    assert [li.get_text() for li in soup.select(".city__recognitions li")] == ["Recognised: Lisbon"]


def test_tools_without_recognitions_cost_no_query(lisbon, monkeypatch, django_assert_num_queries):
    from tools import directory

    # Only tools that register a recognitions function are asked: with none, no query.
    get_hooks = hooks.get_hooks
    monkeypatch.setattr(
        hooks, "get_hooks", lambda name: [] if name == RECOGNITIONS_HOOK else get_hooks(name)
    )
    with django_assert_num_queries(0):
        assert directory.recognitions_for(lisbon) == []


def _customisation_reads(client, city):
    """The page of `city`'s profile, and how many of its queries read customisations."""
    from tests.helpers import captured_queries

    with captured_queries() as captured:
        soup = profile(client, city)
    reads = [query for query in captured.captured_queries if "tools_citytool" in query["sql"]]
    return soup, len(reads)


def test_profiles_share_one_reading_of_the_offers_until_a_tool_changes(
    client, lisbon, rijeka, page_cache_on
):
    """With the cache on, a city's profile shown after another city's reads fewer
    customisations (the offers of every city were read for the first), and a tool turned off
    leaves the next profile at once."""
    from django.core.cache import cache

    tool_types = installed_tool_types()
    if not tool_types:
        pytest.skip("no tool app installed")
    model = tool_types[0]
    customisation = publish_tool(model, lisbon)
    _soup, cold = _customisation_reads(client, lisbon)
    cache.clear()
    assert profile(client, rijeka).select("#city-tools-title") == []
    soup, warm = _customisation_reads(client, lisbon)
    assert [a["href"] for a in soup.select("#city-tools-title ~ ul a")] == [
        f"/en/tools/{model.tool_slug}/lisbon/"
    ]
    assert warm < cold

    settings_record = customisation.shared_settings
    settings_record.enabled = False
    settings_record.save()
    assert profile(client, lisbon).select("#city-tools-title") == []
