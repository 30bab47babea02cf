"""What the toolkit's models share: the city link, and finding rows of one city."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["city_field", "of_city"]


def city_field(related_name):
    """The foreign key to the city (its profile page in the default language)."""
    return models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        related_name=related_name,
        on_delete=models.CASCADE,
    )


def of_city(queryset, city, field="city"):
    """Rows of `city` in any of its language versions (one join, no extra query)."""
    return queryset.filter(**{f"{field}__translation_key": city.translation_key})
