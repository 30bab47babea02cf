"""Filtering and faceting the good-practice database, as plain functions.

The list page and the API share these. Filters combine like this:

* values of one facet are alternatives: `?topic=housing&topic=education` lists practices about
  housing *or* education;
* different facets narrow each other: `?topic=housing&city=lisbon` lists practices about housing
  *in* Lisbon;
* `year` keeps the practices active that year: started in or before it and not ended before it
  (an ongoing practice is active every year from its start).

Facet counts follow standard faceting: the count next to an option is the number of practices
that match every *other* active filter and that option. So ticking an option never shows a
count the reader cannot reach, and the other options of the same facet stay visible, each with
the number of practices it would add.

How: every practice of the list is read once, in two queries (the pages without their long
texts, with their cities; then their topics, named in the list's language), and filtering,
counting and pagination happen in Python. The good-practice database holds hundreds of
practices, not millions, so this is cheap; it keeps a fixed number of queries whatever the
filters, where counting in SQL would cost one query per facet and one more for the results.
Past some ten thousand practices, move the counting into SQL.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlencode

from icc_site.visibility import visible_to_everyone
from practices.topic_names import reading_order, with_topic_names
from practices.topics import TaggedPractice

__all__ = [
    "FACETS",
    "FacetOption",
    "Facets",
    "InvalidFilter",
    "PracticeFacts",
    "PracticeFilters",
    "count_facets",
    "filter_facts",
    "PracticeSet",
    "load_practices",
    "practices_in",
    "search_practice_ids",
]

FACETS = ("topic", "city", "country", "year")
LONG_TEXTS = ("purpose", "rationale", "process", "results")
MIN_YEAR, MAX_YEAR = 1950, 2100


class InvalidFilter(ValueError):
    """A filter value that cannot mean anything (a year that is not a number, say)."""


@dataclass(frozen=True)
class PracticeFilters:
    """What the reader asked for: topic and city slugs, country names, a year, a search."""

    topics: frozenset = frozenset()
    cities: frozenset = frozenset()
    countries: frozenset = frozenset()
    year: int | None = None
    query: str = ""

    @classmethod
    def from_query_dict(cls, data, strict=False):
        """Read the filters from a GET QueryDict (repeated parameters allowed).

        With `strict`, a year that is not a whole number in a plausible range raises
        `InvalidFilter`; otherwise (the list page) it is ignored.
        """

        def values(name):
            return frozenset(value.strip() for value in data.getlist(name) if value.strip())

        year = None
        raw_year = data.get("year", "").strip()
        if raw_year:
            try:
                year = int(raw_year)
            except ValueError:
                year = None
            if year is None or not MIN_YEAR <= year <= MAX_YEAR:
                if strict:
                    raise InvalidFilter(
                        f"year must be a whole number between {MIN_YEAR} and {MAX_YEAR}, "
                        f"not {raw_year!r}"
                    )
                year = None
        return cls(
            topics=values("topic"),
            cities=values("city"),
            countries=values("country"),
            year=year,
            query=data.get("q", "").strip(),
        )

    @property
    def is_active(self):
        """Whether any filter or search narrows the list."""
        return bool(self.topics or self.cities or self.countries or self.year or self.query)

    def without(self, facet):
        """The same filters with one facet cleared."""
        cleared = {"topic": "topics", "city": "cities", "country": "countries", "year": "year"}
        return replace(self, **{cleared[facet]: None if facet == "year" else frozenset()})

    def querystring(self):
        """The filters as a query string (no page number), stable for shareable URLs."""
        pairs = [("q", self.query)] if self.query else []
        pairs += [("topic", value) for value in sorted(self.topics)]
        pairs += [("city", value) for value in sorted(self.cities)]
        pairs += [("country", value) for value in sorted(self.countries)]
        if self.year:
            pairs.append(("year", self.year))
        return urlencode(pairs)


@dataclass(frozen=True)
class PracticeFacts:
    """What the filters look at for one practice."""

    pk: int
    city_slug: str | None
    city_title: str
    country: str
    start_year: int
    end_year: int | None
    topics: frozenset = field(default_factory=frozenset)  # default-language topic slugs
    page: object = field(default=None, compare=False, repr=False)  # its PracticePage

    def is_active_in(self, year):
        """Whether the practice ran (or runs) during `year`."""
        return self.start_year <= year and (self.end_year is None or self.end_year >= year)

    def matches(self, filters, ignore=None):
        """Whether the practice passes every filter except the facet named `ignore`."""
        if ignore != "topic" and filters.topics and not filters.topics & self.topics:
            return False
        if ignore != "city" and filters.cities and self.city_slug not in filters.cities:
            return False
        if ignore != "country" and filters.countries and self.country not in filters.countries:
            return False
        if ignore != "year" and filters.year and not self.is_active_in(filters.year):
            return False
        return True


def search_practice_ids(index_page, query):
    """Primary keys of the live practices of a list matching a full-text query, best first.

    The search backends accept only simple filters, so view restrictions are applied after,
    by `practices_in`.
    """
    searchable = index_page.practice_pages().live().only("pk")
    return [page.pk for page in searchable.search(query)]


@dataclass(frozen=True)
class PracticeSet:
    """The practices of a list (each fact carries its page) and their topics' names."""

    facts: list
    topic_names: dict  # default-language slug -> name in the list's language


def load_practices(queryset):
    """Read the facts, the pages and the topic names of a list of practices. Two queries.

    The pages are fetched whole except for their long texts, so one query serves both the
    filters (every practice) and the cards of the page of results.
    """
    topics_by_practice = defaultdict(set)
    topic_names = {}
    tagged = with_topic_names(
        TaggedPractice.objects.filter(content_object__in=queryset.order_by().values("pk"))
    ).values_list("content_object_id", "topic_slug", "topic_name")
    for practice_id, slug, name in tagged:
        topics_by_practice[practice_id].add(slug)
        topic_names[slug] = name
    pages = (
        queryset.select_related("city").defer_streamfields().defer(*LONG_TEXTS, "city__statement")
    )
    facts = [
        PracticeFacts(
            pk=page.pk,
            city_slug=page.city.slug if page.city else None,
            city_title=page.city.title if page.city else "",
            country=page.country,
            start_year=page.start_year,
            end_year=page.end_year,
            topics=frozenset(topics_by_practice[page.pk]),
            page=page,
        )
        for page in pages
    ]
    return PracticeSet(facts=facts, topic_names=topic_names)


def filter_facts(facts, filters):
    """The practices that pass every filter, in their original order."""
    return [fact for fact in facts if fact.matches(filters)]


@dataclass(frozen=True)
class FacetOption:
    """One value of a facet, as the filter form shows it."""

    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facets:
    """The options of each facet, each with its count."""

    topics: list
    cities: list
    countries: list
    years: list


def _options(counts, labels, selected, sort_key):
    """Options with at least one practice, plus selected ones (so they can be unticked)."""
    values = {value for value, count in counts.items() if count} | set(selected)
    options = [
        FacetOption(
            str(value), labels.get(value, str(value)), counts.get(value, 0), value in selected
        )
        for value in values
        if value not in (None, "")
    ]
    return sorted(options, key=sort_key)


def _by_label(option):
    return reading_order(option.label)


def count_facets(facts, filters, topic_names, this_year=None):
    """Count the practices for each option of each facet (standard faceting, see module doc).

    `facts` is the base set: every practice of the language, already narrowed by the search
    query if there is one. `topic_names` maps topic slugs to the names readers see.
    """
    this_year = this_year or date.today().year

    topic_counts = Counter()
    for fact in facts:
        if fact.matches(filters, ignore="topic"):
            topic_counts.update(fact.topics)
    topic_labels = {
        slug: topic_names.get(slug, slug) for slug in set(topic_counts) | filters.topics
    }

    city_counts, city_labels = Counter(), {}
    for fact in facts:
        if fact.city_slug:
            city_labels.setdefault(fact.city_slug, fact.city_title)
            if fact.matches(filters, ignore="city"):
                city_counts[fact.city_slug] += 1

    country_counts = Counter(
        fact.country for fact in facts if fact.matches(filters, ignore="country")
    )

    year_counts = Counter()
    for fact in facts:
        if fact.matches(filters, ignore="year"):
            last = fact.end_year if fact.end_year is not None else max(this_year, fact.start_year)
            year_counts.update(range(fact.start_year, last + 1))
    selected_year = {filters.year} if filters.year else set()

    return Facets(
        topics=_options(topic_counts, topic_labels, filters.topics, _by_label),
        cities=_options(city_counts, city_labels, filters.cities, _by_label),
        countries=_options(country_counts, {}, filters.countries, _by_label),
        years=_options(year_counts, {}, selected_year, lambda option: -int(option.value)),
    )


def practices_in(index_page):
    """The live practices listed by `index_page` (one language), newest first.

    Practices behind a view restriction (their own or an ancestor's) are left out in the same
    query: Wagtail's `.public()` would cost a query of its own.
    """
    pages = visible_to_everyone(index_page.practice_pages())
    return pages.order_by("-start_year", "title")
