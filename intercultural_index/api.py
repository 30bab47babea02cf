"""The published results in the read-only API: /api/v2/intercultural-index/ and
/api/v2/intercultural-index/<city-slug>/.

Only cities whose live Index customisation publishes results, and only their published rounds.
Cities are listed by name, never by score. Registered on the site's API router (site/api.py).
"""

from django.http import Http404
from django.urls import path
from rest_framework.response import Response
from wagtail.api.v2.views import BaseAPIViewSet

from intercultural_index.models import IndexRound, InterculturalIndex
from intercultural_index.scoring import load_answers, load_structures, score_answers

__all__ = ["IndexResultsAPIViewSet", "published_results"]


def _score(value):
    return None if value is None else round(value, 1)


def published_results(city_slug=None):
    """[dict] of each publishing city's published rounds, by city name (four queries)."""
    publishing = InterculturalIndex.objects.published().filter(
        **InterculturalIndex.publish_results.lookup(True)
    )
    rounds = (
        IndexRound.objects.published()
        .filter(city__translation_key__in=publishing.values("city__translation_key"))
        .select_related("city", "edition")
        .order_by("submitted_at", "pk")
    )
    if city_slug is not None:
        rounds = rounds.filter(city__slug=city_slug)
    rounds = list(rounds)
    structures = load_structures({item.edition_id for item in rounds})
    answers = load_answers([item.pk for item in rounds])
    cities = {}
    for item in rounds:
        scores = score_answers(structures[item.edition_id], answers[item.pk])
        entry = cities.setdefault(
            item.city.translation_key,
            {
                "slug": item.city.slug,
                "title": item.city.title,
                "country": item.city.country,
                "rounds": [],
            },
        )
        entry["rounds"].append(
            {
                "year": (item.submitted_at or item.opened_at).year,
                "edition": item.edition.code,
                "demo_figures": item.demo_figures,
                "overall": _score(scores.overall),
                "areas": {code: _score(value) for code, value in scores.areas.items()},
                "optional_areas": {
                    code: _score(value)
                    for code, value in scores.optional_areas.items()
                    if value is not None
                },
            }
        )
    return sorted(cities.values(), key=lambda entry: entry["title"].casefold())


class IndexResultsAPIViewSet(BaseAPIViewSet):
    """Each publishing city with its published rounds and their scores (0 to 100)."""

    model = IndexRound
    name = "intercultural-index"

    def listing_view(self, request):
        items = published_results()
        for item in items:
            item["meta"] = {"detail_url": request.build_absolute_uri(f"{item['slug']}/")}
        return Response({"meta": {"total_count": len(items)}, "items": items})

    def detail_view(self, request, slug):
        items = published_results(slug)
        if not items:
            raise Http404
        item = items[0]
        item["meta"] = {"detail_url": request.build_absolute_uri(request.path)}
        return Response(item)

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<slug:slug>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]
