"""The read-only open-data API (/api/v2/): pages, images and documents.

Apps add their own endpoints by registering them here (practices adds its filtered endpoint).
Every endpoint registered here pages with `PastTheEndPagination`.

Absolute URLs in answers (`detail_url`, `html_url`, `download_url`) start with
`WAGTAILAPI_BASE_URL` when it is set, or else with the scheme and host that served the request
(`api_base_url`), never with an address of the development machine.
"""

from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Prefetch
from wagtail.api import utils as api_utils
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from practices.api import PracticesAPIViewSet
from practices.models import PracticePage
from practices.topic_names import tagged_items_named
from publications.models import DeclarationEndorsement, DeclarationPage
from tools.api import ToolsAPIViewSet


class PastTheEndPagination(WagtailPagination):
    """Wagtail's pagination, with an offset past the last item giving an empty page.

    Wagtail passes the offset to the database as it is: one beyond a 64-bit integer made SQLite
    fail with a 500. An offset at or past the total count cannot select anything, so no query
    is made with it.
    """

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)  # validates offset and limit
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return page


def api_base_url(request=None):
    """`WAGTAILAPI_BASE_URL` (scheme and host only) when set, else the request's own scheme and
    host (checked against ALLOWED_HOSTS by `get_host()`), else None."""
    configured = getattr(settings, "WAGTAILAPI_BASE_URL", None)
    if configured:
        parts = urlsplit(str(configured))
        return f"{parts.scheme}://{parts.netloc}"
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return None


def html_url_on_request_host(field, page):
    """A page's `html_url` on the same base as `detail_url`, not the Site record's host name."""
    request = field.context["request"]
    url = page.get_url(request=request)
    if url is None:
        return None
    return api_utils.get_full_url(request, url)


def use_request_host_in_api_urls():
    """Make Wagtail's API build its absolute URLs with `api_base_url`, everywhere: every
    `detail_url`, `download_url` and parent link goes through `wagtail.api.utils.get_base_url`,
    and every `html_url` (of a page, its parent, the page it is an alias of) through
    `PageHtmlUrlField`, which Wagtail's nested serializers use directly."""
    api_utils.get_base_url = api_base_url
    PageHtmlUrlField.to_representation = html_url_on_request_host


def with_api_relations(queryset):
    """`queryset` of one page type, loading in the same query the pages, images, documents
    and cities its `api_fields` name, and a practice's named topics in one more: a listing with
    `?type=...&fields=*` then costs the same for 5 pages or 100."""
    model = queryset.model
    related = ["locale"]  # every item's meta shows its language
    for api_field in getattr(model, "api_fields", ()):
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:  # a property, not a model field
            continue
        if isinstance(field, models.ForeignKey):
            related.append(field.name)
    queryset = queryset.select_related(*related)
    if issubclass(model, PracticePage):
        queryset = queryset.prefetch_related(
            Prefetch("tagged_items", queryset=tagged_items_named())
        )
    if issubclass(model, DeclarationPage):
        queryset = queryset.prefetch_related(
            Prefetch("endorsements", queryset=DeclarationEndorsement.objects.select_related("city"))
        )
    return queryset


class OpenDataPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; a listing of one type loads what its fields need at once."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is Page:
            return queryset
        return with_api_relations(queryset)


def paged_past_the_end(viewset):
    return type(viewset.__name__, (viewset,), {"pagination_class": PastTheEndPagination})


api_router = WagtailAPIRouter("wagtailapi")
for name, viewset in [
    ("pages", OpenDataPagesAPIViewSet),
    ("images", ImagesAPIViewSet),
    ("documents", DocumentsAPIViewSet),
    ("practices", PracticesAPIViewSet),
    ("tools", ToolsAPIViewSet),
]:
    api_router.register_endpoint(name, paged_past_the_end(viewset))

# A tool's own open data, when its app is installed.
if apps.is_installed("intercultural_index"):
    from intercultural_index.api import IndexResultsAPIViewSet

    api_router.register_endpoint("intercultural-index", paged_past_the_end(IndexResultsAPIViewSet))
