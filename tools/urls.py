"""Public tool URLs, included inside i18n_patterns: /<language>/embed/... and /<language>/tools/...

The full-page URL sits under /tools/, where the directory page (a ToolIndexPage with the slug
"tools") lists every tool; the URL stays the same if that page is moved or renamed.
"""

from django.urls import path

from tools.views.landing import tool_landing
from tools.views.privacy import privacy
from tools.views.public import ToolView

app_name = "tools"

urlpatterns = [
    # Before the tool routes: "privacy" is not a tool slug.
    path("tools/privacy/<slug:city_slug>/", privacy, name="privacy"),
    path("embed/<slug:tool_slug>/<slug:city_slug>/", ToolView.as_view(mode="embed"), name="embed"),
    path(
        "embed/<slug:tool_slug>/<slug:city_slug>/<path:subpath>",
        ToolView.as_view(mode="embed"),
        name="embed_subpath",
    ),
    # A tool without a city: what it is, who uses it, how a city gets it.
    path("tools/<slug:tool_slug>/", tool_landing, name="landing"),
    path("tools/<slug:tool_slug>/<slug:city_slug>/", ToolView.as_view(mode="page"), name="page"),
    path(
        "tools/<slug:tool_slug>/<slug:city_slug>/<path:subpath>",
        ToolView.as_view(mode="page"),
        name="page_subpath",
    ),
]
