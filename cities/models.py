"""City profiles: one page per member city of the network."""

import unicodedata
from itertools import groupby

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cities import locator_map, profile_sections
from icc_site.page_cache import cached_until_publish
from icc_site.visibility import visible_to_everyone


class CityIndexPage(Page):
    """Lists the member cities, grouped by country."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("city index page")

    def get_context(self, request, *args, **kwargs):
        """Add `countries`: (country, cities) pairs, both sorted alphabetically. One query."""
        context = super().get_context(request, *args, **kwargs)
        cities = list(visible_to_everyone(CityPage.objects.child_of(self)))
        context["countries"] = group_by_country(cities)
        context["city_count"] = len(cities)
        return context


def _sort_key(text):
    """Case- and accent-insensitive key, so "Égypte" sorts with the E's, not after Z."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def group_by_country(cities):
    """Group city pages by country: a list of (country, [cities]) sorted by country, then city.

    Sorted in Python rather than SQL because country names are translated (French, Arabic...)
    and SQLite's ORDER BY compares bytes, which puts accented capitals last.
    """
    ordered = sorted(cities, key=lambda city: (_sort_key(city.country), _sort_key(city.title)))
    return [
        (country, list(members))
        for country, members in groupby(ordered, key=lambda city: city.country)
    ]


class CityPage(Page):
    """A member city: where it is, how it belongs to the network, what it says of itself.

    The page slug is the city's stable identifier (the tools' embed URLs use it), so keep it
    the same in every language.
    """

    country = models.CharField(_("country"), max_length=80)
    national_network = models.CharField(
        _("national network"),
        max_length=120,
        blank=True,
        help_text=_("For example the Portuguese network of intercultural cities."),
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2008), MaxValueValidator(2100)],
    )
    # Shown on the profile, and used to find comparable cities (the Intercultural Cities Index
    # groups cities by size and by the share of residents born abroad).
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    born_abroad_percent = models.DecimalField(
        _("residents born abroad (%)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    statement = RichTextField(_("statement"), blank=True, features=["bold", "italic", "link"])
    website = models.URLField(_("city website"), blank=True)
    contact_name = models.CharField(
        _("contact"),
        max_length=160,
        blank=True,
        help_text=_(
            "Who answers for the city in the network, for example its intercultural office."
        ),
    )
    contact_role = models.CharField(
        _("contact's role"),
        max_length=160,
        blank=True,
        help_text=_("For example: Intercultural Cities coordinator."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("Shown on the profile: prefer an office's address to a person's."),
    )
    # Where the city is, for a link to OpenStreetMap (no map is loaded from another site).
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The alt text belongs to the page, not the image: wagtail-localize translates it with the
    # page (an image's description is one text for every language).
    image_alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("country"),
        FieldPanel("national_network"),
        FieldPanel("year_joined"),
        FieldPanel("population"),
        FieldPanel("born_abroad_percent"),
        FieldPanel("statement"),
        FieldPanel("website"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location"),
        ),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("country"),
        index.SearchField("statement"),
        index.FilterField("country"),
    ]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("country"),
        APIField("national_network"),
        APIField("year_joined"),
        APIField("population"),
        APIField("born_abroad_percent"),
        APIField("statement"),
        APIField("website"),
        APIField("contact_name"),
        APIField("contact_role"),
        APIField("contact_email"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("image"),
        APIField("image_alt_text"),
    ]
    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("city profile")

    def get_context(self, request, *args, **kwargs):
        """Add the city's practices, news, upcoming events and endorsed declarations.

        Each is a short list of live pages in this page's language, fetched with a fixed number
        of queries; an empty list means the template leaves the section out.
        """
        context = super().get_context(request, *args, **kwargs)
        context.update(profile_sections.sections_for(self))
        context.update(profile_sections.context_from_apps_above(self))
        if self.population:
            context["population_text"] = number_format(self.population, force_grouping=True)
        context["map_url"] = self.map_url()
        context["city_map"] = locator_map.city_map(
            self.latitude, self.longitude, self.other_member_locations()
        )
        if not self.has_contact:
            context["programme_contact_email"] = settings.PROGRAMME_CONTACT_EMAIL
        return context

    @property
    def has_contact(self):
        return bool(self.contact_name or self.contact_role or self.contact_email)

    def other_member_locations(self):
        """(latitude, longitude) of every other member city that anyone may see, for the dots
        of the profile's map. One query, kept with the cached pages until the next publish."""

        def locations():
            rows = visible_to_everyone(
                CityPage.objects.filter(latitude__isnull=False, longitude__isnull=False)
            ).values_list("translation_key", "latitude", "longitude")
            return {str(key): (latitude, longitude) for key, latitude, longitude in rows}

        members = cached_until_publish("cities:member-locations", locations)
        return [place for key, place in members.items() if key != str(self.translation_key)]

    @property
    def image_alt(self):
        """The picture's alt text in this page's language (see `image_alt_text`)."""
        if self.image_alt_text or self.image is None:
            return self.image_alt_text
        return self.image.default_alt_text

    def map_url(self):
        """The city on OpenStreetMap's own site, or "" without coordinates. A link only: the
        profile loads nothing from another site."""
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = f"{self.latitude:.4f}", f"{self.longitude:.4f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=12/{lat}/{lon}"
