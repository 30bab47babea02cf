"""Rumour cards: a public page per rumour, and a printable card for agents."""

from django.http import Http404
from django.utils import translation

from antirumours.content import rumour_by_slug
from antirumours.views.common import render_screen, rumour_urls

__all__ = ["printable_card", "rumour_page"]


def _card_context(request, customisation, mode, slug):
    context = customisation.get_tool_context(request, mode)
    rumour = rumour_by_slug(customisation.city, slug, translation.get_language())
    if rumour is None:
        raise Http404
    rumour_urls([rumour], customisation, mode)
    context["rumour"] = rumour
    return context


def rumour_page(request, customisation, mode, slug):
    context = _card_context(request, customisation, mode, slug)
    return render_screen(request, customisation, mode, "antirumours/rumour.html", context)


def printable_card(request, customisation, mode, slug):
    context = _card_context(request, customisation, mode, slug)
    return render_screen(request, customisation, mode, "antirumours/card.html", context)
