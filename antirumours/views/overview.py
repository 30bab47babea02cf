"""The strategy's first screen: its rumour cards, the ways to take part, related practices."""

from django.utils import translation

from antirumours.badges import recognition_for
from antirumours.content import practices_for, rumours_for
from antirumours.views.common import allow_methods, render_screen, rumour_urls

__all__ = ["overview", "overview_context"]


def overview_context(strategy, urls):
    """Rumour cards, recognition and good practices for the overview (and the preview)."""
    language = translation.get_language()
    return {
        "rumours": rumour_urls(rumours_for(strategy.city, language), urls),
        "recognition": recognition_for(strategy.city),
        "practices": practices_for(strategy.city, language),
    }


@allow_methods("GET", "HEAD")
def overview(request, strategy, mode):
    context = strategy.get_tool_context(request, mode)
    context.update(overview_context(strategy, context["urls"]))
    return render_screen(request, strategy, mode, "antirumours/overview.html", context)
