"""The strategy's first screen: its rumour cards, the ways to take part, related practices."""

from django.utils import translation

from antirumours.badges import recognition_for
from antirumours.content import practices_for, rumours_for
from antirumours.views.common import render_screen, rumour_urls

__all__ = ["overview", "overview_context"]


def overview_context(customisation, mode):
    """Rumour cards, recognition and good practices for the overview (and the preview)."""
    language = translation.get_language()
    return {
        "rumours": rumour_urls(rumours_for(customisation.city, language), customisation, mode),
        "recognition": recognition_for(customisation.city),
        "practices": practices_for(customisation.city, language),
    }


def overview(request, customisation, mode):
    context = customisation.get_tool_context(request, mode)
    context.update(overview_context(customisation, mode))
    return render_screen(request, customisation, mode, "antirumours/overview.html", context)
