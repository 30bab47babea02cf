"""RSS 2.0 and Atom 1.0 feeds of an index page, at `<page URL>feed/rss/` and `feed/atom/`.

The news index has its own (news/feeds.py); the declarations and the good practices use this
mixin. The page model says what goes in the feed through `feed_items(request)`; every link is
absolute, built on the address the request came to, as the page's hreflang links are.
"""

import datetime
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.url_routing import RouteResult

__all__ = ["FEED_CLASSES", "FeedItem", "FeedRoutesMixin", "at_midnight"]

FEED_CLASSES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
FEED_SEGMENT = "feed"


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: a page, what it says, and when."""

    page: object
    description: str
    published: datetime.datetime
    categories: tuple = ()


def at_midnight(day):
    """A date as an aware datetime (midnight in the site's time zone), for feeds."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class FeedRoutesMixin:
    """Serves the page's feeds. Set `feed_description` (a lazy string) and give
    `feed_items()`: a fixed number of queries whatever the number of items.

    The feed routes have arguments, so the site's route cache leaves them alone; Wagtail's
    serve view still applies the page's view restrictions and language rules to them.
    """

    feed_length = 20
    feed_description = ""
    #: Its children are found as Wagtail finds them, so the home page's shortcut to a page
    #: deep down may skip this page's own routing (home.models.HomePage.route).
    routes_children_as_pages = True

    def route(self, request, path_components):
        if (
            len(path_components) == 2
            and path_components[0] == FEED_SEGMENT
            and path_components[1] in FEED_CLASSES
            and self.live
        ):
            return RouteResult(self, kwargs={"feed_kind": path_components[1]})
        return super().route(request, path_components)

    def feed_urls(self, request):
        """The absolute URLs of the page's feeds, keyed by kind ("rss", "atom")."""
        base = request.build_absolute_uri(self.get_url(request))
        return {kind: f"{base}{FEED_SEGMENT}/{kind}/" for kind in FEED_CLASSES}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_urls"] = self.feed_urls(request)
        return context

    def serve(self, request, *args, feed_kind=None, **kwargs):
        if feed_kind is None:
            return super().serve(request, *args, **kwargs)
        feed = FEED_CLASSES[feed_kind](
            title=_("%(title)s | Intercultural Cities") % {"title": self.title},
            link=request.build_absolute_uri(self.get_url(request)),
            description=self.search_description or str(self.feed_description),
            language=self.locale.language_code,
            feed_url=request.build_absolute_uri(),
            author_name=_("Intercultural Cities, Council of Europe"),
        )
        for item in self.feed_items()[: self.feed_length]:
            url = request.build_absolute_uri(item.page.get_url(request))
            feed.add_item(
                title=item.page.title,
                link=url,
                description=item.description,
                unique_id=url,
                pubdate=item.published,
                updateddate=item.page.last_published_at or item.published,
                categories=list(item.categories) or None,
            )
        response = HttpResponse(content_type=feed.content_type)
        feed.write(response, "utf-8")
        return response
