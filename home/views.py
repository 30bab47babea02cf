"""The site search page (Wagtail search over every live page of the active language)."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search_pages(query, locale):
    """Live, public pages of every type in `locale` that match `query`, best match first.

    Plain `Page` objects: a result shows its title, type, description and URL, which the base
    page has, so the results cost one query whatever mix of page types they are.
    """
    if not query:
        return Page.objects.none()
    # `.public()` rather than icc_site.visibility: search back-ends only understand plain field
    # filters, not the subquery that helper uses.
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    return pages.search(query)


def search(request):
    """Full-text search over the live pages of the language of the URL, ten a page."""
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    results = search_pages(query, Locale.get_active())
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    # Apps add results that are not pages (the tools, in the language shown) on the first page.
    other_results = []
    if query and page_obj.number == 1:
        for finder in hooks.get_hooks("search_other_results"):
            other_results += finder(query)
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search_query": query,
            "search_results": page_obj,
            "other_results": other_results,
            "page_obj": page_obj,
            # The pagination links keep the query (the include adds the page number).
            "querystring_without_page": urlencode({"query": query}),
        },
    )
