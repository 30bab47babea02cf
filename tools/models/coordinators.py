"""Who coordinates a city's tools: one auth group per city."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class CityCoordinators(models.Model):
    """Links a city to the group of people who customise its tools and read its results.

    Members of the group see and edit only this city's customisations (see
    `tools.permissions`). The link is to one language version of the city page; every
    translation of that page counts as the same city.
    """

    city = models.OneToOneField(
        "cities.CityPage",
        verbose_name=_("city"),
        related_name="coordinators",
        on_delete=models.CASCADE,
    )
    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        related_name="coordinated_city",
        on_delete=models.CASCADE,
    )

    review_workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("review of tool changes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: the coordinators' changes to this city's tools then wait for this "
            "workflow's approval before residents see them."
        ),
    )

    panels = [FieldPanel("city"), FieldPanel("group"), FieldPanel("review_workflow")]

    class Meta:
        verbose_name = _("city coordinators")
        verbose_name_plural = _("city coordinators")
        permissions = [
            ("manage_all_city_tools", _("Can manage the tools and results of every city")),
            ("moderate_all_cities", _("Can moderate what the residents of every city send")),
        ]

    def __str__(self):
        return str(self.group)

    @classmethod
    def review_workflow_of(cls, city):
        """The active review workflow of `city` (any language version), or None; kept on the
        city page object for the request (`tools.review`)."""
        if city is None:
            return None
        cache = city.__dict__.setdefault("_review_workflow", {})
        if "workflow" not in cache:
            record = (
                cls.objects.filter(
                    city__translation_key=city.translation_key,
                    review_workflow__active=True,
                )
                .select_related("review_workflow")
                .first()
            )
            cache["workflow"] = record.review_workflow if record else None
        return cache["workflow"]

    @classmethod
    def for_city(cls, city):
        """The coordinators of `city`, creating the group "Coordinators: <city>" if needed.

        The group's permissions come with it (`tools.grants`, on post_save)."""
        existing = cls.objects.filter(city__translation_key=city.translation_key).first()
        if existing:
            return existing
        group, _created = Group.objects.get_or_create(name=f"Coordinators: {city.title}")
        return cls.objects.create(city=city, group=group)
