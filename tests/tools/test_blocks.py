"""The StreamField block that places a city's tool on any page."""

import pytest
from django.utils import translation

from tests.helpers import soup_of
from tools.blocks import ToolBlock, tool_choices

pytestmark = pytest.mark.django_db


def render(value, language="en"):
    block = ToolBlock()
    with translation.override(language):
        html = block.render(block.to_python(value))
    return soup_of(html)


def test_editor_chooses_among_published_tools_of_every_city(
    lisbon_customisation, rijeka_customisation
):
    assert tool_choices() == [
        ("throwaway/lisbon", "Throwaway tool – Lisbon"),
        ("throwaway/rijeka", "Throwaway tool – Rijeka"),
    ]


def test_unpublished_or_disabled_tools_are_not_offered(
    lisbon_customisation, make_customisation, rijeka
):
    make_customisation(rijeka, publish=False)
    lisbon_customisation.enabled = False
    lisbon_customisation.save_revision().publish()

    assert tool_choices() == []


def test_block_frames_the_embed_with_the_resize_script_and_a_link(lisbon_customisation):
    soup = render({"tool": "throwaway/lisbon", "heading": "Try it"})

    assert soup.h2.get_text() == "Try it"
    frame = soup.find("iframe")
    assert frame["src"] == "/en/embed/throwaway/lisbon/"
    assert frame["title"] == "Throwaway tool – Lisbon"
    assert frame.has_attr("data-icc-tool")
    assert soup.find("script", src="/static/tools/resize.js")
    assert soup.select_one(".tool-block__link a")["href"] == "/en/tools/throwaway/lisbon/"


def test_block_uses_the_page_language_when_the_city_offers_it(lisbon_customisation):
    soup = render({"tool": "throwaway/lisbon"}, language="fr")
    assert soup.find("iframe")["src"] == "/fr/embed/throwaway/lisbon/"


def test_block_falls_back_to_a_language_the_city_offers(lisbon_customisation):
    soup = render({"tool": "throwaway/lisbon"}, language="uk")
    assert soup.find("iframe")["src"] == "/en/embed/throwaway/lisbon/"
    assert soup.select_one(".tool-block__link a")["hreflang"] == "en"


def test_block_renders_nothing_once_the_tool_is_gone(lisbon_customisation, uninstall_test_tool):
    with uninstall_test_tool():
        assert render({"tool": "throwaway/lisbon"}).get_text(strip=True) == ""
    assert render({"tool": "throwaway/atlantis"}).get_text(strip=True) == ""
