"""The read-only open-data API (/api/v2/): pages, images and documents.

Apps add their own endpoints by registering them here (practices adds its filtered endpoint).
Every endpoint registered here pages with `PastTheEndPagination`.
"""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from practices.api import PracticesAPIViewSet
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


def paged_past_the_end(viewset):
    return type(viewset.__name__, (viewset,), {"pagination_class": PastTheEndPagination})


api_router = WagtailAPIRouter("wagtailapi")
for name, viewset in [
    ("pages", PagesAPIViewSet),
    ("images", ImagesAPIViewSet),
    ("documents", DocumentsAPIViewSet),
    ("practices", PracticesAPIViewSet),
    ("tools", ToolsAPIViewSet),
]:
    api_router.register_endpoint(name, paged_past_the_end(viewset))
