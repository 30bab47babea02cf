"""RSS 2.0 and Atom 1.0 feeds of a news index: its latest items, in its language."""

from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_CLASSES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def build_news_feed(index, request, kind):
    """The feed generator for `index` filled with its latest items; every link is absolute.

    Links are built on the address the request came to, as the page's hreflang links are, so
    they work on any host name the site answers to.

    `kind` is "rss" or "atom". Costs a fixed number of queries whatever the number of items.
    """
    feed_class = FEED_CLASSES[kind]
    items = list(index.news_items()[: index.feed_length])
    feed = feed_class(
        title=_("%(title)s | Intercultural Cities") % {"title": index.title},
        link=request.build_absolute_uri(index.get_url(request)),
        description=index.search_description
        or _("The latest news of the Intercultural Cities network."),
        language=index.locale.language_code,
        feed_url=request.build_absolute_uri(),
        author_name=_("Intercultural Cities, Council of Europe"),
    )
    for item in items:
        url = request.build_absolute_uri(item.get_url(request))
        feed.add_item(
            title=item.title,
            link=url,
            description=item.intro,
            unique_id=url,
            pubdate=item.published_at,
            updateddate=item.last_published_at or item.published_at,
            categories=[item.city.title] if item.city else None,
        )
    return feed


def news_feed_response(index, request, kind):
    """The feed as an HTTP response with the right content type."""
    feed = build_news_feed(index, request, kind)
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response
