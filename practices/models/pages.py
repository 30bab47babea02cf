"""The good-practice database: one page per practice, under one list page per language."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cities.localized import CityInPageLanguageMixin
from icc_site.feeds import FeedItem, FeedRoutesMixin
from icc_site.visibility import visible_to_everyone
from practices.blocks import PracticeImagesBlock
from practices.listing import listing_context
from practices.serializers import CityField, TopicsField
from practices.topic_names import practice_topics
from practices.topics import topics_field
from practices.widgets import TopicWidget

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]
YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]


class PracticeIndexPage(FeedRoutesMixin, Page):
    """The searchable, filterable list of good practices in one language, with RSS and Atom
    feeds of the latest ones."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1
    #: What the list reads from the query string (practices.filters), for the page cache.
    page_cache_query_params = ("topic", "city", "country", "year", "q", "page")

    feed_description = _("The latest good practices of the Intercultural Cities network.")

    class Meta:
        verbose_name = _("good-practice list")

    def practice_pages(self):
        """This list's practices, any state (the listing filters and counts them)."""
        return PracticePage.objects.child_of(self)

    def feed_items(self):
        """The most recently published practices as feed entries (one query)."""
        practices = visible_to_everyone(PracticePage.objects.child_of(self))
        practices = practices.select_related("city").defer_streamfields()
        practices = practices.order_by("-first_published_at", "-pk")[: self.feed_length]
        return [
            FeedItem(
                practice,
                practice.summary,
                practice.first_published_at,
                (practice.city.title,) if practice.city else (),
            )
            for practice in practices
        ]

    def get_context(self, request, *args, **kwargs):
        """Add the filtered, paginated practices and the facet counts (see `listing`)."""
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context


class PracticePage(CityInPageLanguageMixin, Page):
    """A good practice of a member city: what it aimed at, why, how, and what came of it."""

    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        # A practice outlives the deletion of its city profile; it then shows no city.
        null=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty while the practice is ongoing."),
    )
    topics = topics_field()
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences, shown in lists and search results."),
    )
    purpose = RichTextField(_("purpose"), blank=True, features=TEXT_FEATURES)
    rationale = RichTextField(_("rationale"), blank=True, features=TEXT_FEATURES)
    process = RichTextField(_("process"), blank=True, features=TEXT_FEATURES)
    results = RichTextField(_("results"), blank=True, features=TEXT_FEATURES)
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_website = models.URLField(_("website"), blank=True)
    images = StreamField(PracticeImagesBlock(), blank=True, verbose_name=_("images"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("topics", widget=TopicWidget),
            ],
            heading=_("Where, when and what about"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("purpose"),
                FieldPanel("rationale"),
                FieldPanel("process"),
                FieldPanel("results"),
            ],
            heading=_("The practice"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_organisation")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_website")]),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("images"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("rationale"),
        index.SearchField("process"),
        index.SearchField("results"),
        index.RelatedFields("city", [index.SearchField("title"), index.SearchField("country")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("start_year"),
        index.FilterField("end_year"),
        index.FilterField("city"),
    ]
    # Open data: /api/v2/practices/ (practices.api) and /api/v2/pages/?type=practices.PracticePage
    api_fields = [
        APIField("summary"),
        APIField("city", serializer=CityField()),
        APIField("country"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("ongoing"),
        APIField("topics", serializer=TopicsField()),
        APIField("purpose"),
        APIField("rationale"),
        APIField("process"),
        APIField("results"),
        APIField("contact_name"),
        APIField("contact_organisation"),
        APIField("contact_email"),
        APIField("contact_website"),
        APIField("images"),
    ]
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @property
    def country(self):
        """The practice's country: its city's, in the city's language."""
        return self.city.country if self.city_id and self.city else ""

    @property
    def ongoing(self):
        """True while no end year is set."""
        return self.end_year is None

    def is_active_in(self, year):
        """Whether the practice ran (or runs) during `year`."""
        return self.start_year <= year and (self.end_year is None or self.end_year >= year)

    @property
    def period_label(self):
        """The period for readers: "2014–2017", "2017" or "Since 2017 (ongoing)"."""
        return period_label(self.start_year, self.end_year)

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": gettext("The end year is before the start year.")})

    def get_context(self, request, *args, **kwargs):
        """Add `topics` ((slug, name) pairs in this page's language), `ancestors` and `city`.

        `ancestors` (home page, list page) serve the breadcrumbs and the topic links.
        """
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = practice_topics(self)
        context["ancestors"], context["city"] = self.ancestors_and_city()
        context["index_page"] = context["ancestors"][-1] if context["ancestors"] else None
        return context

    def ancestors_and_city(self):
        """The ancestors below the root and the city, as plain pages, in one query.

        The city comes with its `country` annotated. One query instead of two keeps the page
        within its budget of 15 queries, most of which routing and the site header spend.
        """
        steplen = self.steplen
        paths = [self.path[: steplen * depth] for depth in range(2, self.depth)]
        pages = Page.objects.filter(models.Q(path__in=paths) | models.Q(pk=self.city_id))
        pages = pages.annotate(country=models.F("citypage__country")).order_by("path")
        ancestors, city = [], None
        for page in pages:
            if page.pk == self.city_id:
                city = page
            else:
                ancestors.append(page)
        return ancestors, city


def period_label(start_year, end_year):
    """Format a period of years for readers."""
    if end_year is None:
        return gettext("Since %(start)s (ongoing)") % {"start": start_year}
    if end_year == start_year:
        return str(start_year)
    return f"{start_year}–{end_year}"
