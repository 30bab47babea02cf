"""API representations of a declaration's endorsements and a manual's chapters."""

from rest_framework.fields import Field

__all__ = ["ChaptersField", "EndorsementsField"]


class EndorsementsField(Field):
    """The cities that endorsed a declaration, with the date: one query for them all, none
    when a listing prefetched them."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, declaration):
        endorsements = declaration.endorsements.all()
        if "endorsements" not in getattr(declaration, "_prefetched_objects_cache", {}):
            endorsements = endorsements.select_related("city")
        return [
            {
                "city": {
                    "id": row.city.pk,
                    "slug": row.city.slug,
                    "title": row.city.title,
                    "country": row.city.country,
                },
                "date": row.date.isoformat(),
            }
            for row in endorsements
        ]


class ChaptersField(Field):
    """A manual's live chapters in reading order: id, title, slug and summary (one query)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, manual):
        return [
            {
                "id": chapter.pk,
                "title": chapter.title,
                "slug": chapter.slug,
                "summary": chapter.summary,
            }
            for chapter in manual.chapters()
        ]
