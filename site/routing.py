"""Wagtail's page view, with the way to each page kept until the next publish.

Wagtail finds the page for a URL by walking the tree from the site's root page on every
request: the site, the root page in the visitor's language, then each page on the path (or a
page's own `route()`). Deep pages spend a third of their time there. In production
(`PAGE_CACHE_SECONDS` above 0) the page found for a host, language and path is remembered in
the page cache's store, under its generation, so any publish, move or deletion forgets every
route at once; the next request loads the page itself in one query.

Only plain routes are remembered: a page that serves sub-paths itself (a feed, a filtered
sub-view: a route with arguments) and a URL that leads nowhere are routed as usual each time.

The Wagtail site that answers a host is remembered the same way (`KnownSiteMiddleware`): every
page and tool screen asks for it (to route, and to write links), which costs a query each time.
"""

from django.apps import apps
from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from icc_site.page_cache import (
    cache_seconds,
    cached_until_publish,
    page_cache,
    request_generation,
)

__all__ = ["KnownSiteMiddleware", "serve", "urlpatterns"]

ROUTED_METHODS = {"GET", "HEAD"}


def serve(request, path):
    if cache_seconds() > 0 and request.method in ROUTED_METHODS:
        _route_from_cache(request, path)
    return wagtail_views.serve(request, path)


def _route_key(request, path):
    language = translation.get_language()
    return f"icc:route:{request_generation(request)}:{request.get_host()}:{language}:{path}"


def _route_from_cache(request, path):
    cache = page_cache()
    key = _route_key(request, path)
    found = cache.get(key)
    if found is not None:
        label, pk = found
        page = apps.get_model(label).objects.filter(pk=pk, live=True).first()
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
            return
    route = Page.route_for_request(request, path)  # Wagtail keeps it on the request
    if route is not None and not route.args and not route.kwargs:
        page = route.page
        cache.set(key, (page._meta.label_lower, page.pk), cache_seconds())


class KnownSiteMiddleware:
    """Give Wagtail the site of this host from the cache (`Site.find_for_request` looks on the
    request first). After CommonMiddleware, so only hosts in ALLOWED_HOSTS get this far."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if cache_seconds() > 0 and request.method in ROUTED_METHODS:
            host = f"{request.get_host()}:{request.get_port()}"
            request._wagtail_site = cached_until_publish(
                f"site:{host}", lambda: Site._find_for_request(request), request
            )
        return self.get_response(request)


# Wagtail's URLs with this view in place of its own.
urlpatterns = [
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")
    if getattr(pattern, "name", None) == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]
