"""The read-only open-data API (/api/v2/): pages, images and documents.

Apps add their own endpoints by registering them here (practices adds its filtered endpoint).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from practices.api import PracticesAPIViewSet
from tools.api import ToolsAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("practices", PracticesAPIViewSet)
api_router.register_endpoint("tools", ToolsAPIViewSet)
