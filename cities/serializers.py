"""The API representation of a member city, for every page type that links to one."""

from rest_framework.fields import Field

__all__ = ["CityField"]


class CityField(Field):
    """A linked city as a small object: id, slug (the same in every language), title, country;
    null when the page names no city."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, city):
        return {"id": city.pk, "slug": city.slug, "title": city.title, "country": city.country}
