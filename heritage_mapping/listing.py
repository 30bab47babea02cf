"""What the public sees of a project: approved items only, filtered, with community names in
the reader's language, and the counts of the analysis page. Views and exports call these."""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Prefetch

from heritage_mapping.models import Community, HeritageItem, ItemPhoto
from heritage_mapping.vocabulary import Category

__all__ = [
    "MapFilters",
    "community_labels",
    "counts_by_category",
    "counts_by_community",
    "public_items",
]


@dataclass(frozen=True)
class MapFilters:
    """The map's GET filters, checked against the project's categories and communities."""

    category: str = ""
    community: str = ""

    @classmethod
    def from_request(cls, request, community_slugs):
        """Unknown values are ignored, as if the filter were not set."""
        category = request.GET.get("category", "")
        community = request.GET.get("community", "")
        return cls(
            category=category if category in Category.values else "",
            community=community if community in community_slugs else "",
        )

    @property
    def active(self):
        return bool(self.category or self.community)

    def as_query(self):
        """The filters as a query string ("category=food&community=..."), for links."""
        return urlencode({k: v for k, v in vars(self).items() if v})


def public_items(project, filters=None, with_photos=False):
    """Approved items of `project` (any language version), narrowed by `filters`.

    Communities (and photos when asked) are prefetched: a constant number of queries.
    """
    filters = filters or MapFilters()
    queryset = (
        HeritageItem.objects.approved()
        .of_project(project)
        .filtered(filters.category, filters.community)
        .prefetch_related(
            Prefetch("communities", queryset=Community.objects.order_by("sort_order"))
        )
        .order_by("title", "pk")
    )
    if filters.community:
        queryset = queryset.distinct()
    if with_photos:
        queryset = queryset.prefetch_related(
            Prefetch("photos", queryset=ItemPhoto.objects.order_by("sort_order", "pk"))
        )
    return queryset


def community_labels(project):
    """{slug: name} of the project's communities in the shown language version, in order.

    Items link to the original's communities; their slugs are the same in every language.
    """
    return {
        community.slug: community.name
        for community in Community.objects.filter(project=project).order_by("sort_order", "pk")
    }


def counts_by_category(project):
    """[(code, label, count)] of approved items per category, largest first, zeros left out."""
    counts = dict(
        HeritageItem.objects.approved()
        .of_project(project)
        .values_list("category")
        .annotate(count=Count("pk"))
        .values_list("category", "count")
    )
    rows = [(code, label, counts.get(code, 0)) for code, label in Category.choices]
    return sorted((row for row in rows if row[2]), key=lambda row: (-row[2], str(row[1])))


def counts_by_community(project, labels):
    """[(slug, name, count)] of approved items per community, largest first."""
    counter = Counter(
        HeritageItem.objects.approved()
        .of_project(project)
        .values_list("communities__slug", flat=True)
    )
    counter.pop(None, None)
    rows = [(slug, labels.get(slug, slug), count) for slug, count in counter.items()]
    return sorted(rows, key=lambda row: (-row[2], row[1]))
