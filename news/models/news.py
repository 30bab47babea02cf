"""News: an index page with RSS and Atom feeds, and the news items under it."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cities.localized import CityInPageLanguageMixin
from cities.serializers import CityField
from icc_site.visibility import visible_to_everyone
from news.blocks import StoryBodyBlock
from news.feeds import news_feed_response
from news.models.listing import ChildPageRoutingMixin, paginate


class NewsPageQuerySet(PageQuerySet):
    """Queries on news items that the listings, the feeds and other apps share."""

    def newest_first(self):
        """Most recent date first; items of the same day in the order they were created."""
        return self.order_by("-date", "-pk")

    def for_listing(self):
        """Everything a news card shows, fetched with the items: O(1) queries for a list."""
        return self.select_related("city", "image").prefetch_related("image__renditions")


class NewsIndexPage(RoutablePageMixin, ChildPageRoutingMixin, Page):
    """The news of the network, newest first, with RSS and Atom feeds in the page's language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    child_page_model = "news.NewsPage"
    #: What the list reads from the query string, for the page cache.
    page_cache_query_params = ("page",)
    child_page_related = ("city", "image")

    #: News items on one page of the listing.
    per_page = 12
    #: News items in the feeds.
    feed_length = 20

    class Meta:
        verbose_name = _("news index page")

    def news_items(self):
        """The live, public news items under this page, newest first, ready to list."""
        pages = visible_to_everyone(NewsPage.objects.child_of(self))
        return pages.newest_first().for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj, querystring = paginate(request, self.news_items(), self.per_page)
        # Absolute, so that feed readers given the page's address find the feeds anywhere.
        base_url = request.build_absolute_uri(self.get_url(request))
        context.update(
            rss_feed_url=base_url + self.reverse_subpage("rss_feed"),
            atom_feed_url=base_url + self.reverse_subpage("atom_feed"),
            news_items=page_obj.object_list,
            page_obj=page_obj,
            querystring_without_page=querystring,
        )
        return context

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        """The latest news as an RSS 2.0 feed."""
        return news_feed_response(self, request, "rss")

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        """The latest news as an Atom 1.0 feed."""
        return news_feed_response(self, request, "atom")


class NewsPage(CityInPageLanguageMixin, Page):
    """A news item: what happened or what is coming, when, and which member city it concerns."""

    date = models.DateField(_("date"), default=datetime.date.today)
    intro = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists, feeds and search results."),
    )
    body = StreamField(StoryBodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in lists and at the top of the item."),
    )

    # The alt text belongs to the page, not the image: wagtail-localize translates it with the
    # page (an image's description is one text for every language).
    image_alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text=_("The member city this news is about, if any."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("city")], heading=_("When and where")),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("city", serializer=CityField()),
        APIField("image"),
        APIField("image_alt_text"),
        APIField("body"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def image_alt(self):
        """The picture's alt text in this page's language (see `image_alt_text`)."""
        if self.image_alt_text or self.image is None:
            return self.image_alt_text
        return self.image.default_alt_text

    @property
    def published_at(self):
        """The item's date as an aware datetime (midnight in the site's time zone), for feeds."""
        midnight = datetime.datetime.combine(self.date, datetime.time.min)
        return timezone.make_aware(midnight)


def latest_news(locale=None, limit=3):
    """The `limit` most recent live, public news items in `locale` (default: the active one).

    For the home page and other summaries: one query for the items with their city and image
    and one for the image renditions, whatever `limit` is.
    """
    locale = locale or Locale.get_active()
    return list(
        visible_to_everyone(NewsPage.objects.filter(locale=locale))
        .newest_first()
        .for_listing()[:limit]
    )
