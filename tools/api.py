"""The tools in the read-only API: /api/v2/tools/ and /api/v2/tools/<tool-slug>/.

Registered on the site's Wagtail API router (site/api.py). Read from the registry on each
request, so an installed tool appears and a removed one disappears without other changes.
"""

from django.conf import settings
from django.http import Http404
from django.urls import path
from rest_framework.response import Response
from wagtail.api.v2.views import BaseAPIViewSet

from tools.directory import tool_directory
from tools.models import CityTool

__all__ = ["ToolsAPIViewSet"]


class ToolsAPIViewSet(BaseAPIViewSet):
    """Each installed tool with the cities offering it; `?locale=fr` picks the language."""

    model = CityTool
    name = "tools"

    def _language(self, request):
        code = request.GET.get("locale", settings.LANGUAGE_CODE)
        known = {language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        return code if code in known else settings.LANGUAGE_CODE

    def _serialise(self, entry, request):
        return {
            "slug": entry.slug,
            "name": str(entry.name),
            "description": str(entry.description),
            "meta": {"detail_url": request.build_absolute_uri(f"{entry.slug}/")},
            "cities": [
                {
                    "slug": offer.city_slug,
                    "title": offer.city_title,
                    "languages": offer.languages,
                    "embed_urls": {
                        code: request.build_absolute_uri(url)
                        for code, url in offer.urls_by_language("tools:embed").items()
                    },
                    "page_urls": {
                        code: request.build_absolute_uri(url)
                        for code, url in offer.urls_by_language("tools:page").items()
                    },
                }
                for offer in entry.cities
            ],
        }

    def listing_view(self, request):
        entries = tool_directory(self._language(request))
        base = request.build_absolute_uri(request.path)
        items = []
        for entry in entries:
            item = self._serialise(entry, request)
            item["meta"]["detail_url"] = f"{base}{entry.slug}/"
            items.append(item)
        return Response({"meta": {"total_count": len(items)}, "items": items})

    def detail_view(self, request, slug):
        for entry in tool_directory(self._language(request)):
            if entry.slug == slug:
                item = self._serialise(entry, request)
                item["meta"]["detail_url"] = request.build_absolute_uri(request.path)
                return Response(item)
        raise Http404

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<slug:slug>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]
