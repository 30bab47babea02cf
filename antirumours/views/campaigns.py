"""The city's public campaigns, with their indicators before and after."""

from django.utils import translation

from antirumours.content import campaigns_for
from antirumours.views.common import allow_methods, render_screen

__all__ = ["campaigns"]


@allow_methods("GET", "HEAD")
def campaigns(request, strategy, mode):
    context = {"campaigns": campaigns_for(strategy.city, translation.get_language())}
    return render_screen(request, strategy, mode, "antirumours/campaigns.html", context)
