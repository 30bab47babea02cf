"""The read-only practices endpoint of the open-data API (/api/v2/practices/).

Filters, combinable, the same as on the list page (see `practices.filters`):
`?topic=<slug>&city=<slug>&country=<name>&year=<int>&locale=<code>`; `topic`, `city` and
`country` may be repeated. Wagtail's own parameters (`search`, `fields`, `limit`, `offset`,
`order`...) work as on /api/v2/pages/. A value that cannot mean anything is a 400 with a
message, never a 500.
"""

from types import SimpleNamespace

from django.db.models import Prefetch
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale

from practices.filters import InvalidFilter, PracticeFilters, filter_facts, load_practices
from practices.models import PracticePage
from practices.topic_names import tagged_items_named

__all__ = ["PracticesAPIViewSet"]

PRACTICE_PARAMETERS = frozenset(["topic", "city", "country", "year"])


class PracticeFilterBackend(BaseFilterBackend):
    """Applies the list page's filters, and checks `locale` so a typo is a 400, not a 404."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is not None and not Locale.objects.filter(language_code=code).exists():
            raise BadRequestError(f"unknown locale {code!r}")
        try:
            filters = PracticeFilters.from_query_dict(request.GET, strict=True)
        except InvalidFilter as error:
            raise BadRequestError(str(error)) from error
        if not (filters.topics or filters.cities or filters.countries or filters.year):
            return queryset
        facts = load_practices(queryset).facts
        return queryset.filter(pk__in=[fact.pk for fact in filter_facts(facts, filters)])


class PracticeFieldsFilter(FieldsFilter):
    """Wagtail's `?field=value` filter, minus our own parameters.

    `city` is also a database field, and Wagtail would read `?city=lisbon` as a primary key.
    """

    def filter_queryset(self, request, queryset, view):
        rest = request.GET.copy()
        for name in PRACTICE_PARAMETERS:
            rest.pop(name, None)
        return super().filter_queryset(SimpleNamespace(GET=rest), queryset, view)


class PracticesAPIViewSet(PagesAPIViewSet):
    """Live, public practice pages with their city, country, period and topics."""

    model = PracticePage
    name = "practices"
    filter_backends = [
        PracticeFilterBackend,
        *[
            PracticeFieldsFilter if backend is FieldsFilter else backend
            for backend in PagesAPIViewSet.filter_backends
        ],
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters | PRACTICE_PARAMETERS
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "summary",
        "city",
        "country",
        "start_year",
        "end_year",
        "ongoing",
        "topics",
    ]

    def get_queryset(self):
        # Only practices, even with ?type=... (the pages endpoint serves other types).
        queryset = PracticePage.objects.filter(
            pk__in=self.get_base_queryset().values_list("pk", flat=True)
        )
        return queryset.select_related("city", "locale").prefetch_related(
            Prefetch("tagged_items", queryset=tagged_items_named())
        )
