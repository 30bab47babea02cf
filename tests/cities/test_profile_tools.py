"""A city profile lists the tools the city offers and the recognitions they give it."""

import pytest

from tests.helpers import soup_of
from tools.models import CityTool

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


def test_recognition_from_a_tool_shows_on_the_profile(client, lisbon, monkeypatch):
    tool_types = installed_tool_types()
    if not tool_types:
        pytest.skip("no tool app installed")
    model = tool_types[0]
    monkeypatch.setattr(
        model, "recognition_for_city", classmethod(lambda cls, city: f"Recognised: {city.title}")
    )
    soup = profile(client, lisbon)
    assert [li.get_text() for li in soup.select(".city__recognitions li")] == ["Recognised: Lisbon"]


def test_tools_without_recognitions_cost_no_query(lisbon, monkeypatch, django_assert_num_queries):
    from tools import directory

    plain = [
        model
        for model in installed_tool_types()
        if model.recognition_for_city.__func__ is CityTool.recognition_for_city.__func__
    ]
    if not plain:
        pytest.skip("every installed tool gives recognitions")
    monkeypatch.setattr(directory, "get_tool_types", lambda: plain)
    with django_assert_num_queries(0):
        assert directory.recognitions_for(lisbon) == []
