"""Wires the tools into the Wagtail admin: the "Tools" menu with a viewset per tool type."""

from django.utils import translation
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from tools.directory import search_tools
from tools.viewsets import register_tool_admin, tools_group

register_snippet(tools_group)
register_tool_admin()


@hooks.register("search_other_results")
def tools_matching(query):
    """The site search also finds the tools offered in the language shown (home/views.py)."""
    language = translation.get_language()
    return [
        {
            "title": f"{model.get_tool_name()} – {offer.city_title}",
            "url": offer.page_url,
            "description": model.tool_description or "",
        }
        for model, offer in search_tools(query, language)
    ]
