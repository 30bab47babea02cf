"""Events: an index page of upcoming and past events, and the event pages under it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cities.localized import CityInPageLanguageMixin
from cities.serializers import CityField
from icc_site.dates import format_date_range
from icc_site.visibility import visible_to_everyone
from news.blocks import StoryBodyBlock
from news.calendar import CALENDAR_SEGMENT, CalendarRouteMixin
from news.models.listing import ChildPageRoutingMixin, paginate


class EventType(models.TextChoices):
    """The kinds of event the network organises."""

    THEMATIC_SEMINAR = "thematic-seminar", _("Thematic seminar")
    STUDY_VISIT = "study-visit", _("Study visit")
    POLICY_LAB = "policy-lab", _("Policy lab")
    ACADEMY = "academy", _("Academy")
    COORDINATORS_MEETING = "coordinators-meeting", _("Coordinators' meeting")
    CONFERENCE = "conference", _("Conference")
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")
    OTHER = "other", _("Other event")


class EventPageQuerySet(PageQuerySet):
    """Queries on events that the event index, the home page and city profiles share.

    "Today" can be passed in so that tests and callers agree on the day; by default it is the
    current date in the site's time zone.
    """

    def upcoming(self, today=None):
        """Events that have not ended yet (ending today counts), soonest first."""
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date", "end_date", "pk")

    def past(self, today=None):
        """Events that have ended, most recent first."""
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date", "-end_date", "-pk")

    def for_listing(self):
        """Everything an event card shows, fetched with the events: O(1) queries for a list."""
        return self.select_related("city")


class EventIndexPage(CalendarRouteMixin, ChildPageRoutingMixin, Page):
    """Upcoming events, soonest first, then the most recent past ones (all of them: ?when=past)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    #: What the list reads from the query string, for the page cache.
    page_cache_query_params = ("when", "page")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    child_page_model = "news.EventPage"
    child_page_related = ("city",)

    #: Events on one page of a paginated list.
    per_page = 12
    #: Past events shown under the upcoming ones before the link to all of them.
    recent_past_count = 6
    #: Events in the calendar file (iCal): the latest by start date, upcoming ones first.
    calendar_length = 100

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        """The live, public events under this page, ready to list."""
        return visible_to_everyone(EventPage.objects.child_of(self)).for_listing()

    def calendar_events(self):
        """The events of the calendar file (iCal), latest start first; one query."""
        return self.events().order_by("-start_date", "-pk")[: self.calendar_length]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = request.build_absolute_uri(
            self.get_url(request) + f"{CALENDAR_SEGMENT}/"
        )
        today = timezone.localdate()
        showing_past = request.GET.get("when") == "past"
        if showing_past:
            listed = self.events().past(today)
        else:
            listed = self.events().upcoming(today)
            # One more than shown tells whether to offer the link to every past event.
            recent_past = list(self.events().past(today)[: self.recent_past_count + 1])
            context["recent_past_events"] = recent_past[: self.recent_past_count]
            context["more_past_events"] = len(recent_past) > self.recent_past_count
        page_obj, querystring = paginate(request, listed, self.per_page)
        context.update(
            showing_past=showing_past,
            events=page_obj.object_list,
            page_obj=page_obj,
            querystring_without_page=querystring,
        )
        return context


class EventPage(CalendarRouteMixin, CityInPageLanguageMixin, Page):
    """An event of the network: what kind, when, where, and how to take part."""

    event_type = models.CharField(
        _("type of event"), max_length=32, choices=EventType.choices, default=EventType.OTHER
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), blank=True, help_text=_("Leave empty for an event of one day.")
    )
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_('Venue and city, for example "City Hall, Lisbon", or "Online".'),
    )
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("host city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("The member city that hosts the event, if any."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    body = StreamField(StoryBodyBlock(), blank=True, verbose_name=_("body"))
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Where to sign up; shown until the event has ended."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("place"),
                FieldPanel("city"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("event_type"),
    ]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("event_type"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("place"),
        APIField("city", serializer=CityField()),
        APIField("summary"),
        APIField("body"),
        APIField("registration_url"),
    ]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start_date and not self.end_date:
            self.end_date = self.start_date
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("An event cannot end before it starts.")},
                code="end_before_start",
            )

    def save(self, *args, **kwargs):
        # Pages created from code skip clean(); a one-day event still needs its end date.
        if self.start_date and not self.end_date:
            self.end_date = self.start_date
        super().save(*args, **kwargs)

    def calendar_events(self):
        """This event alone, for its calendar file (iCal)."""
        return [self]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = self.get_url(request) + f"{CALENDAR_SEGMENT}/"
        return context

    def is_upcoming(self, today=None):
        """Whether the event has not ended yet (it may be under way)."""
        return self.end_date >= (today or timezone.localdate())

    @property
    def date_range_text(self):
        """The dates in the active language, for example "14–15 June 2017"."""
        return format_date_range(self.start_date, self.end_date)


def upcoming_events(locale=None, limit=3, today=None):
    """The next `limit` live, public events in `locale` (default: the active one), soonest first.

    For the home page and other summaries: one query for the events with their city, whatever
    `limit` is.
    """
    locale = locale or Locale.get_active()
    return list(
        visible_to_everyone(EventPage.objects.filter(locale=locale))
        .upcoming(today)
        .for_listing()[:limit]
    )
