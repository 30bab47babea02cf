"""The privacy page of a city's tools: /<language>/tools/privacy/<city>/.

Built from each tool's own declaration (`CityTool.stored_data`, `tools.privacy`), so it says
what the tools the city offers actually store, and for how long.
"""

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation

from tools.lookup import find_for_display
from tools.privacy import FRAMEWORK_STORED_DATA, retention_days
from tools.registry import get_tool_types
from tools.throttling import parse_rate

__all__ = ["privacy"]


def privacy(request, city_slug):
    """What each tool of the city stores, the framework's own records, and the retention."""
    language = translation.get_language()
    offered = []
    for model in get_tool_types():
        customisation, _language = find_for_display(model.tool_slug, city_slug, language)
        if customisation is not None:
            offered.append((customisation, model.stored_data))
    if not offered:
        raise Http404
    city = offered[0][0].city
    rate_limited = parse_rate(getattr(settings, "TOOLS_RATE_LIMIT", None)) is not None
    context = {
        "city": city,
        "customisations": [
            {
                "name": customisation.get_tool_name(),
                "stored": stored,
                "contact": customisation.contact_link,
            }
            for customisation, stored in offered
        ],
        "framework_stored": [
            item
            for item in FRAMEWORK_STORED_DATA
            if rate_limited or item.model != "tools.RateCounter"
        ],
        "retention_days": retention_days(),
    }
    return TemplateResponse(request, "tools/privacy.html", context)
