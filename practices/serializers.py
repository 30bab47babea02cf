"""API representations of a practice's city and topics (used by `PracticePage.api_fields`)."""

from rest_framework.fields import Field

from cities.serializers import CityField
from practices.topic_names import practice_topics, sort_by_name

__all__ = ["CityField", "TopicsField"]


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
        if "tagged_items" not in getattr(practice, "_prefetched_objects_cache", {}):
            # Not prefetched with their names (one page's detail through
            # /api/v2/pages/<id>/, which gave 500): named in one query of their own.
            pairs = practice_topics(practice)
        else:
            items = practice.tagged_items.all()
            pairs = sort_by_name((item.topic_slug, item.topic_name) for item in items)
        return [{"slug": slug, "name": name} for slug, name in pairs]
