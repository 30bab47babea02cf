"""The site search page (Wagtail search over every live page of the active language)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live pages of the language of the URL."""
    query = request.GET.get("query", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "home/search.html",
        {"search_query": query, "search_results": page_obj, "page_obj": page_obj},
    )
