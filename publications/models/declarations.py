"""Declarations of the network and the cities that endorsed them."""

from django import forms
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cities.localized import cities_in_locale
from icc_site.feeds import FeedItem, FeedRoutesMixin, at_midnight
from icc_site.visibility import visible_to_everyone
from publications.blocks import ProseBlock
from publications.routing import SingleTypeChildRoutingMixin
from publications.serializers import EndorsementsField


class DeclarationIndexPage(FeedRoutesMixin, SingleTypeChildRoutingMixin, Page):
    """Lists the declarations, newest first, with how many cities endorsed each; with RSS and
    Atom feeds of them."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage", "publications.PublicationIndexPage"]
    subpage_types = ["publications.DeclarationPage"]
    max_count_per_parent = 1
    template = "publications/declaration_index_page.html"
    routed_child_model = "publications.DeclarationPage"
    feed_description = _("The declarations of the Intercultural Cities network.")

    class Meta:
        verbose_name = _("declaration index")

    def declarations(self):
        """The live, public declarations, newest first, each with `endorsement_count` (one
        query)."""
        return list(
            visible_to_everyone(DeclarationPage.objects.child_of(self))
            .defer_streamfields()
            .annotate(endorsement_count=Count("endorsements"))
            .order_by("-date_adopted", "title")
        )

    def feed_items(self):
        """The declarations as feed entries, newest first (one query)."""
        return [
            FeedItem(declaration, declaration.summary, at_midnight(declaration.date_adopted))
            for declaration in self.declarations()[: self.feed_length]
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["declarations"] = self.declarations()
        return context


class DeclarationPageForm(WagtailAdminPageForm):
    """Refuses a declaration on which the same city appears twice among the endorsements."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("endorsements")
        # The child formsets are cleaned after the page form; clean them now to compare rows.
        if formset is None or not formset.is_valid():
            return cleaned_data
        seen = set()
        for form in formset.forms:
            data = form.cleaned_data
            city = data.get("city")
            if city is None or data.get("DELETE"):
                continue
            if city.pk in seen:
                form.add_error(
                    "city", forms.ValidationError(_("This city already endorsed the declaration."))
                )
            seen.add(city.pk)
        return cleaned_data


class DeclarationPage(Page):
    """A declaration of the network (for example the Lisbon Declaration of 2017).

    Its endorsements (`DeclarationEndorsement`, related name `endorsements`) are edited on the
    English page and copied as they are to its translations; the cities are shown in the
    language of the page being read (see `endorsement_rows`).
    """

    date_adopted = models.DateField(_("date adopted"))
    place = models.CharField(_("place adopted"), max_length=120, blank=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Shown in lists of declarations.")
    )
    body = StreamField(ProseBlock(), verbose_name=_("text of the declaration"), blank=True)

    base_form_class = DeclarationPageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date_adopted"), FieldPanel("place")])],
            heading=_("Adoption"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "endorsements",
            heading=_("Endorsing cities"),
            label=_("Endorsement"),
            help_text=_("Each city that endorsed the declaration, with the date it did."),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date_adopted"),
    ]

    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("date_adopted"),
        APIField("place"),
        APIField("summary"),
        APIField("body"),
        APIField("endorsements", serializer=EndorsementsField()),
    ]
    parent_page_types = ["publications.DeclarationIndexPage"]
    subpage_types = []
    template = "publications/declaration_page.html"

    class Meta:
        verbose_name = _("declaration")
        verbose_name_plural = _("declarations")

    def endorsement_rows(self):
        """The endorsements in date order, each as (date, city) with the city in this page's
        language when it is translated (one query, two on a translated page).

        wagtail-localize copies endorsements to a translated declaration unchanged, so they
        still point at the cities in the source language; one query finds their translations.
        """
        endorsements = sorted(
            self.endorsements.select_related("city"),
            key=lambda item: (item.date, item.city.title),
        )
        cities = cities_in_locale([item.city for item in endorsements], self.locale_id)
        return [(item.date, city) for item, city in zip(endorsements, cities, strict=True)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["endorsements"] = self.endorsement_rows()
        return context


class DeclarationEndorsement(Orderable):
    """A city's endorsement of a declaration, on a given date."""

    page = ParentalKey(DeclarationPage, on_delete=models.CASCADE, related_name="endorsements")
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        on_delete=models.CASCADE,
        related_name="declaration_endorsements",
    )
    date = models.DateField(_("date of endorsement"))

    panels = [FieldRowPanel([FieldPanel("city"), FieldPanel("date")])]

    class Meta(Orderable.Meta):
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")

    def __str__(self):
        return f"{self.city} ({self.date:%Y-%m-%d})"
