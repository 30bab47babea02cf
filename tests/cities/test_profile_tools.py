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
