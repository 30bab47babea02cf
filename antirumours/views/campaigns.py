"""The city's public campaigns, with their indicators before and after."""

from django.utils import translation

from antirumours.content import campaigns_for
from antirumours.views.common import render_screen

__all__ = ["campaigns"]


def campaigns(request, customisation, mode):
    context = {"campaigns": campaigns_for(customisation.city, translation.get_language())}
    return render_screen(request, customisation, mode, "antirumours/campaigns.html", context)
