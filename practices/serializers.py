"""API representations of a practice's city and topics (used by `PracticePage.api_fields`)."""

from rest_framework.fields import Field


class CityField(Field):
    """The practice's city as a small object: id, slug (the same in every language), title."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, city):
        return {"id": city.pk, "slug": city.slug, "title": city.title, "country": city.country}


class TopicsField(Field):
    """The practice's topics: language-neutral slug, and name in the practice's language.

    Reads the tags the endpoint prefetches with their names (`with_topic_names`), so a listing
    costs the same number of queries for 10 or 100 practices.
    """

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, practice):
        from practices.topic_names import sort_by_name

        items = practice.tagged_items.all()
        pairs = sort_by_name((item.topic_slug, item.topic_name) for item in items)
        return [{"slug": slug, "name": name} for slug, name in pairs]
