"""The filters of every city-scoped admin listing: a "City" filter offering only the cities
the user manages, beside the listing's own `list_filter` fields.

`CityScopedSnippetViewSet` builds its filterset with `city_filterset()`, so every tool's
listings (customisations, moderation queues, questions, projects...) can be narrowed to one city.
A city the user does not manage is not a valid choice: the filter is then ignored, and the
listing still holds only the user's rows (`tools.scoping.visible_to`).
"""

import django_filters
from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.fields import StreamField

from cities.models import CityPage
from tools.permissions import cities_for_user

__all__ = ["CityFilter", "city_filterset"]


def _cities(request):
    if request is None:
        return CityPage.objects.none()
    cities = cities_for_user(request.user).select_related("locale")
    default = cities.filter(locale__language_code=settings.LANGUAGE_CODE)
    return (default if default.exists() else cities).order_by("title")


class CityFilter(django_filters.ModelChoiceFilter):
    """One of the user's cities, matching the rows of every language version of it."""

    def __init__(self, city_field, **kwargs):
        kwargs.setdefault("label", _("City"))
        super().__init__(queryset=_cities, **kwargs)
        self.city_field = city_field

    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(**{f"{self.city_field}__translation_key": value.translation_key})


def city_filterset(model, city_field, list_filter=None):
    """A Wagtail filterset of `model`: its `list_filter` fields and a "City" filter on the path
    `city_field` from a row to its city."""

    class Meta:
        fields = list_filter or []

    Meta.model = model
    return type(
        f"{model.__name__}CityFilterSet",
        (ListingFilterSet,),
        {"Meta": Meta, "city": CityFilter(city_field)},
    )


class ListingFilterSet(WagtailFilterSet):
    """Wagtail's filterset, whose filters offering rows of a model (a checklist, say) do not
    read their StreamFields: each listing builds the choices, and a checklist's sections cost
    ten times the rest of its row to read, for a label that shows its title."""

    @classmethod
    def filter_for_field(cls, field, field_name, lookup_expr=None):
        made = super().filter_for_field(field, field_name, lookup_expr)
        queryset = getattr(made, "queryset", None)
        if isinstance(queryset, QuerySet):
            streams = [
                model_field.name
                for model_field in queryset.model._meta.concrete_fields
                if isinstance(model_field, StreamField)
            ]
            if streams:
                made.queryset = made.extra["queryset"] = queryset.defer(*streams)
        return made
