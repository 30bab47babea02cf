"""City profiles: one page per member city of the network."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class CityIndexPage(Page):
    """Lists the member cities, grouped by country."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("city index page")


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
    statement = RichTextField(_("statement"), blank=True, features=["bold", "italic", "link"])
    website = models.URLField(_("city website"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("country"),
        FieldPanel("national_network"),
        FieldPanel("year_joined"),
        FieldPanel("statement"),
        FieldPanel("website"),
        FieldPanel("image"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("country"),
        index.SearchField("statement"),
        index.FilterField("country"),
    ]
    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("city profile")
