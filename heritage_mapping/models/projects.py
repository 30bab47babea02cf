"""Mapping projects: one neighbourhood of one city, its team, definitions, area and plan."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import SynchronizedField

from heritage_mapping.geometry import area_bounds, area_centre, normalise_area
from heritage_mapping.panels import AreaDrawingPanel
from heritage_mapping.vocabulary import Phase, Submissions

__all__ = ["ActionBlock", "Community", "MappingProject", "MappingProjectQuerySet"]


class TeamMemberBlock(blocks.StructBlock):
    """A member of the local team: citizens, NGOs, schools, universities, institutions, city."""

    name = blocks.CharBlock(label=_("name"), max_length=120)
    organisation = blocks.CharBlock(label=_("organisation"), max_length=120, required=False)
    role = blocks.CharBlock(
        label=_("role in the team"),
        max_length=120,
        required=False,
        help_text=_("For example: resident, school teacher, city official, researcher."),
    )

    class Meta:
        icon = "user"
        label = _("Team member")


class ActionBlock(blocks.StructBlock):
    """One action of the plan, built on mapped assets (asset-based community development)."""

    title = blocks.CharBlock(label=_("title"), max_length=150)
    description = blocks.TextBlock(label=_("what will be done"), max_length=1500)
    lead = blocks.CharBlock(label=_("who leads it"), max_length=150, required=False)
    timeframe = blocks.CharBlock(label=_("when"), max_length=80, required=False)
    assets = blocks.StreamBlock(
        [("asset", SnippetChooserBlock("heritage_mapping.HeritageItem", label=_("item")))],
        label=_("assets it builds on"),
        required=False,
        help_text=_("Mapped items this action builds on. Only approved items are shown."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Action")


class MappingProjectQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True, city__live=True)

    def of_city(self, city):
        """Projects of `city` in any language tree."""
        return self.filter(city__translation_key=city.translation_key)


class MappingProject(TranslatableMixin, ClusterableModel):
    """A participatory mapping of one neighbourhood: the STEPS method in one place.

    Texts are translatable with wagtail-localize; the city, slug, area, dates, phase and access
    rules are the same in every language. Items and communities belong to the project's
    original (see `original()`), so all language versions show the same map.
    """

    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        related_name="heritage_projects",
        on_delete=models.CASCADE,
    )
    slug = models.SlugField(
        _("slug"), max_length=60, help_text=_("Part of the project's address; keep it short.")
    )
    title = models.CharField(_("title"), max_length=150)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=150)
    summary = models.TextField(_("summary"), max_length=1500, blank=True)
    heritage_definition = models.TextField(
        _("what heritage means here"),
        max_length=2000,
        blank=True,
        help_text=_("The definition of heritage the team agreed for this neighbourhood."),
    )
    intercultural_heritage_definition = models.TextField(
        _("what intercultural heritage means here"), max_length=2000, blank=True
    )
    team = StreamField([("member", TeamMemberBlock())], blank=True, verbose_name=_("local team"))
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, default=Phase.MAPPING
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    submissions = models.CharField(
        _("who may add items"),
        max_length=10,
        choices=Submissions.choices,
        default=Submissions.PUBLIC,
    )
    team_code = models.CharField(
        _("team code"),
        max_length=40,
        blank=True,
        help_text=_("When only the team may add items: the code you give to its members."),
    )
    area = models.JSONField(
        _("area (GeoJSON)"),
        default=dict,
        blank=True,
        help_text=_(
            "The neighbourhood's outline as a GeoJSON Polygon (positions as [longitude, "
            "latitude]), for example drawn on geojson.io. Items outside it are refused."
        ),
    )
    action_plan = StreamField(
        [("action", ActionBlock())], blank=True, verbose_name=_("action plan")
    )
    live = models.BooleanField(_("published"), default=True)

    objects = MappingProjectQuerySet.as_manager()

    override_translatable_fields = [
        SynchronizedField("city"),
        SynchronizedField("slug"),
        SynchronizedField("phase"),
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
        SynchronizedField("submissions"),
        SynchronizedField("team_code"),
        SynchronizedField("area"),
        SynchronizedField("live"),
    ]

    panels = [
        FieldPanel("city"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("neighbourhood"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("heritage_definition"), FieldPanel("intercultural_heritage_definition")],
            heading=_("Agreed definitions"),
        ),
        FieldPanel("team"),
        InlinePanel("communities", heading=_("Communities"), label=_("Community")),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("submissions"),
                FieldPanel("team_code"),
                FieldPanel("live"),
            ],
            heading=_("Phase and contributions"),
        ),
        AreaDrawingPanel(heading=_("Area")),
        FieldPanel("area"),
        FieldPanel("action_plan"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("mapping project")
        verbose_name_plural = _("mapping projects")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["city", "slug", "locale"], name="heritage_one_slug_per_city_locale"
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.area:
            try:
                self.area = normalise_area(self.area)
            except ValidationError as error:
                raise ValidationError({"area": error.messages}) from None
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end comes before the start.")})
        if self.submissions == Submissions.TEAM and not self.team_code:
            raise ValidationError(
                {"team_code": _("Give the team a code, or open contributions to anyone.")}
            )

    def original(self):
        """The first language version: items and communities hang on it. Cached per object."""
        if not hasattr(self, "_original"):
            first = (
                MappingProject.objects.filter(translation_key=self.translation_key)
                .order_by("pk")
                .first()
            )
            self._original = first if first is not None and first.pk != self.pk else self
        return self._original

    @property
    def accepts_contributions(self):
        return self.submissions != Submissions.CLOSED

    @property
    def team_only(self):
        return self.submissions == Submissions.TEAM

    def bounds(self):
        return area_bounds(self.area)

    def centre(self):
        return area_centre(self.area)


class Community(TranslatableMixin, Orderable):
    """A community the project's items can connect (residents tick the ones that apply).

    Items link to the communities of the project's original; the `slug` (the same in every
    language) is what the map's filter uses.
    """

    project = ParentalKey(MappingProject, related_name="communities", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=60)

    override_translatable_fields = [SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def __str__(self):
        return self.name
