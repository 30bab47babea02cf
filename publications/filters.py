"""Filtering and paging the publications library: plain functions that the view and tests call.

Filters come from GET parameters (`type`, `year`, `language`, `page`) so that a filtered list
has a URL that can be shared; values that do not exist are ignored rather than failing.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.http import urlencode

from publications.blocks import content_language_choices
from publications.choices import PublicationType


@dataclass(frozen=True)
class PublicationFilters:
    """The filters a reader chose: a publication type, a year and a language (each optional)."""

    publication_type: str = ""
    year: int | None = None
    language: str = ""

    @classmethod
    def from_query(cls, query):
        """Read the filters from a QueryDict (or dict), dropping unknown or malformed values."""
        publication_type = query.get("type", "")
        if publication_type not in PublicationType.values:
            publication_type = ""
        try:
            year = int(query.get("year", ""))
        except (TypeError, ValueError):
            year = None
        language = query.get("language", "")
        if language not in dict(content_language_choices()):
            language = ""
        return cls(publication_type=publication_type, year=year, language=language)

    @property
    def active(self):
        """Whether any filter is set."""
        return bool(self.publication_type or self.year or self.language)

    def as_query(self):
        """The filters as GET parameters, without the page number (for links and pagination)."""
        params = {}
        if self.publication_type:
            params["type"] = self.publication_type
        if self.year:
            params["year"] = self.year
        if self.language:
            params["language"] = self.language
        return urlencode(params)


def language_lookup(code):
    """A condition true for publications whose `languages` list contains `code`.

    JSON "contains" is not available on SQLite, so compare each position of the list instead;
    index lookups on a JSONField work the same on SQLite and PostgreSQL. The list never holds
    more codes than there are content languages (`normalise_languages` removes repeats).
    """
    condition = Q()
    for position in range(len(content_language_choices())):
        condition |= Q(**{f"languages__{position}": code})
    return condition


def filter_publications(queryset, filters):
    """Narrow a queryset of publications to those matching every chosen filter."""
    if filters.publication_type:
        queryset = queryset.filter(publication_type=filters.publication_type)
    if filters.year:
        queryset = queryset.filter(year=filters.year)
    if filters.language:
        queryset = queryset.filter(language_lookup(filters.language))
    return queryset


def available_years(queryset):
    """The distinct years of the publications, newest first (one query)."""
    return list(queryset.order_by("-year").values_list("year", flat=True).distinct())


def library_context(library, query):
    """Everything the library page shows for the GET parameters `query`.

    The filtered, paginated publications (`page_obj`), the choices offered by the filter form,
    the manuals and declarations to read online, and the query string that the pagination
    links keep.
    """

    filters = PublicationFilters.from_query(query)
    publications = library.publications()
    paginator = Paginator(filter_publications(publications, filters), library.publications_per_page)
    page_obj = paginator.get_page(query.get("page"))
    return {
        "filters": filters,
        "page_obj": page_obj,
        "publications": page_obj.object_list,
        "querystring_without_page": filters.as_query(),
        "type_choices": PublicationType.choices,
        "year_choices": available_years(publications),
        "language_choices": content_language_choices(),
        "read_online": library.read_online(),
    }
