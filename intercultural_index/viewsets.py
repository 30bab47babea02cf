"""The editors' network screens, in the framework's "Tools" menu."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSet

from intercultural_index.views import network as views
from tools.permissions import user_sees_all_cities

__all__ = ["NetworkViewSet"]


class NetworkViewSet(ViewSet):
    name = views.URL_NAMESPACE
    url_prefix = "intercultural-index-network"
    icon = "table"
    menu_label = _("Index: the network")
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            path("", views.NetworkView.as_view(), name="index"),
            path("rounds.csv", views.export_csv, name="export_csv"),
            path("rounds.xlsx", views.export_xlsx, name="export_xlsx"),
        ]

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order=order)
        item.is_shown = lambda request: user_sees_all_cities(request.user)
        return item
