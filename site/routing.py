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

from icc_site.page_cache import cache_seconds, cached_until_publish

__all__ = ["KnownSiteMiddleware", "serve", "urlpatterns"]


def serve(request, path):
    found = cached_until_publish(
        f"route:{request.get_host()}:{translation.get_language()}:{path}",
        lambda: _plain_route(request, path),
        request,
        keep=lambda found: found is not None,
    )
    if found is not None and not hasattr(request, "_wagtail_route_for_request"):
        label, pk = found
        page = apps.get_model(label).objects.filter(pk=pk, live=True).first()
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
    return wagtail_views.serve(request, path)


def _plain_route(request, path):
    """(model label, pk) of the page at `path`, or None for a dead end or a route with
    arguments. Wagtail keeps the route it found on the request, so it is not looked up twice."""
    route = Page.route_for_request(request, path)
    if route is None or route.args or route.kwargs:
        return None
    return route.page._meta.label_lower, route.page.pk


class KnownSiteMiddleware:
    """Give Wagtail the site of this host from the cache (`Site.find_for_request` looks on the
    request first). After CommonMiddleware, so only hosts in ALLOWED_HOSTS get this far."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if cache_seconds() > 0:
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
