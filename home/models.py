"""The home page of each language tree."""

from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home import listings
from home.blocks import FeaturedPracticesBlock, FeatureStreamBlock
from icc_site.page_cache import cached_until_publish


class HomePage(Page):
    """The root of a language's page tree: the network in a paragraph, then what is new.

    Below the introduction: the network's tools (feature blocks that editors write), the
    latest news, the upcoming events and a few good practices (chosen, or the most recent).
    """

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("The network in a paragraph."),
    )
    features = StreamField(
        FeatureStreamBlock(),
        blank=True,
        verbose_name=_("tools and features"),
        help_text=_("What the network offers cities: its tools, toolkits and checklists."),
    )
    featured_practices = StreamField(
        FeaturedPracticesBlock(),
        blank=True,
        verbose_name=_("featured good practices"),
        help_text=_("Leave empty to show the most recently published practices."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("features"),
        FieldPanel("featured_practices"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
        APIField("features"),
        APIField("featured_practices"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """Add `latest_news`, `upcoming_events`, `practices`, `declarations` and
        `endorsements`, in this page's language."""
        context = super().get_context(request, *args, **kwargs)
        # The ids straight from the stored JSON: no query, and no page fetched only to be
        # replaced by its translation.
        chosen_ids = [block["value"] for block in self.featured_practices.raw_data]
        today = timezone.localdate()
        context["features"] = self.feature_cards(request)
        # The lists change only when an editor publishes (events also with the day), so in
        # production they are computed once per publish, not on each visit the cache misses.
        context.update(
            cached_until_publish(
                f"home-lists:{self.pk}:{today}",
                lambda: {
                    "latest_news": listings.latest_news(self.locale_id),
                    "upcoming_events": listings.upcoming_events(self.locale_id, today=today),
                    "practices": listings.featured_practices(chosen_ids, self.locale_id),
                    "declarations": listings.latest_declarations(self.locale_id),
                    "endorsements": listings.latest_endorsements(self.locale_id),
                },
                request,
            )
        )
        return context

    def feature_cards(self, request=None):
        """The feature blocks as dicts (title, text, url), links leading to this language.

        wagtail-localize copies chosen pages unchanged into a translation, so the French home
        page would link to English pages: each link goes to the page's live translation in
        this page's language when there is one. Costs one query, none without page links.
        """
        features = [block["value"] for block in self.features.raw_data]
        chosen_ids = {feature.get("link_page") for feature in features} - {None}
        urls = {}
        if chosen_ids:
            urls = listings.localized_urls(chosen_ids, self.locale_id, request)
        return [
            {
                "title": feature.get("title", ""),
                "text": feature.get("text", ""),
                "url": urls.get(feature.get("link_page"))
                or self._tool_url(feature.get("tool"))
                or feature.get("link_url")
                or "",
            }
            for feature in features
        ]

    def _tool_url(self, tool_slug):
        """The landing page of a tool (/<language>/tools/<tool>/) in this page's language."""
        if not tool_slug:
            return ""
        with translation.override(self.locale.language_code):
            try:
                return reverse("tools:landing", kwargs={"tool_slug": tool_slug})
            except NoReverseMatch:
                return ""

    def route(self, request, path_components):
        """Find a page several levels down with two queries instead of two per level.

        Wagtail's default routing fetches each page on the way and then its specific version;
        for a city profile or a manual chapter that is most of the fifteen queries a page may
        cost. The pages on the path are fetched at once by URL path; the default routing is
        kept whenever a page on the way routes its own sub-paths (feeds, filters...).
        """
        if len(path_components) > 1:
            target = self._page_at(path_components)
            if target is not None:
                return target.route(request, [])
        return super().route(request, path_components)

    def _page_at(self, path_components):
        """The specific page at this path below the home page, or None to route as usual."""
        url_paths = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:depth])
            for depth in range(1, len(path_components) + 1)
        ]
        on_the_way = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=url_paths, path__startswith=self.path
            ).only("id", "url_path", "content_type_id", "path", "depth")
        }
        if len(on_the_way) != len(url_paths):
            return None
        for url_path in url_paths[:-1]:
            page_class = on_the_way[url_path].specific_class
            if page_class is None:
                return None
            # A page that routes sub-paths of its own (its feeds) but finds its children as
            # Wagtail does says so with `routes_children_as_pages`.
            if page_class.route is not Page.route and not getattr(
                page_class, "routes_children_as_pages", False
            ):
                return None
        target = on_the_way[url_paths[-1]]
        if target.specific_class is None:
            return None
        return target.specific_class.objects.get(pk=target.pk)
