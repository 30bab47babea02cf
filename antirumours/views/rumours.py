"""Rumour cards: a public page per rumour, and a printable card for agents."""

from django.http import Http404
from django.utils import translation

from antirumours.content import rumour_by_slug
from antirumours.views.common import allow_methods, render_screen, rumour_urls

__all__ = ["printable_card", "rumour_page"]


def _card_context(request, strategy, mode, slug):
    context = strategy.get_tool_context(request, mode)
    rumour = rumour_by_slug(strategy.city, slug, translation.get_language())
    if rumour is None:
        raise Http404
    rumour_urls([rumour], context["urls"])
    context["rumour"] = rumour
    return context


@allow_methods("GET", "HEAD")
def rumour_page(request, strategy, mode, slug):
    context = _card_context(request, strategy, mode, slug)
    return render_screen(request, strategy, mode, "antirumours/rumour.html", context)


@allow_methods("GET", "HEAD")
def printable_card(request, strategy, mode, slug):
    context = _card_context(request, strategy, mode, slug)
    return render_screen(request, strategy, mode, "antirumours/card.html", context)
