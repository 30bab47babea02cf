"""Wires the tools into the Wagtail admin: the "Tools" menu with a viewset per tool type."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet

from tools.directory import search_tools
from tools.models import CityTool
from tools.permissions import user_can_manage_city
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


@hooks.register("register_snippet_listing_buttons")
def customisation_languages_button(snippet, user, next_url=None):
    """Every language version of a customisation links to its languages screen (the state of
    each language, sync, translate, shared settings), for whoever may change it."""
    if not isinstance(snippet, CityTool) or not user_can_manage_city(user, snippet.city):
        return
    namespace = type(snippet).snippet_viewset.url_namespace
    yield ListingButton(
        _("Languages"),
        reverse(f"{namespace}:languages", args=[snippet.pk]),
        icon_name="globe",
        priority=95,
    )
