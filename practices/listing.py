"""The list page's context: filters read from the URL, facet counts, one page of results."""

from django.core.paginator import Paginator

from icc_site.page_cache import cached_until_publish
from practices.filters import (
    PracticeFilters,
    count_facets,
    filter_facts,
    load_practices,
    practices_in,
    search_practice_ids,
)
from practices.topic_names import sort_by_name

__all__ = ["PER_PAGE", "listing_context", "practice_set"]

PER_PAGE = 12


def practice_set(index_page, request=None):
    """Every practice that `index_page` lists, with its facts (`load_practices`).

    Each filter combination, and the tools that show practices of a topic, read this same set,
    which changes only when an editor publishes: in production it is read once per publish
    (`cached_until_publish`), not on each visit.
    """
    return cached_until_publish(
        f"practice-set:{index_page.pk}",
        lambda: load_practices(practices_in(index_page)),
        request,
    )


def listing_context(index_page, request):
    """Everything the list template needs, in a fixed number of queries (two, three to search;
    none to filter in production, once another visit has read the list since the last publish).

    The filter state lives in the query string (`q`, `topic`, `city`, `country`, `year`,
    `page`), so any filtered view can be bookmarked or shared. Each card of `practices` has
    `.page` and `.topics` ((slug, name) pairs in the list's language).
    """
    filters = PracticeFilters.from_query_dict(request.GET)
    if filters.query:
        ranked_ids = search_practice_ids(index_page, filters.query)
        practices = load_practices(practices_in(index_page).filter(pk__in=ranked_ids))
        rank = {pk: position for position, pk in enumerate(ranked_ids)}
        practices.facts.sort(key=lambda fact: rank[fact.pk])
    else:
        practices = practice_set(index_page, request)

    matching = filter_facts(practices.facts, filters)
    page_obj = Paginator(matching, PER_PAGE).get_page(request.GET.get("page"))
    names = practices.topic_names
    return {
        "filters": filters,
        "facets": count_facets(practices.facts, filters, names),
        "page_obj": page_obj,
        "practices": [
            {"page": fact.page, "topics": sort_by_name((slug, names[slug]) for slug in fact.topics)}
            for fact in page_obj.object_list
        ],
        "result_count": len(matching),
        "querystring_without_page": filters.querystring(),
    }
