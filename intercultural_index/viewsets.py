"""The editors' network screens, in the framework's "Tools" menu."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from intercultural_index.views import network as views
from tools.permissions import user_sees_all_cities
from tools.viewsets import CityScreensViewSet

__all__ = ["NetworkViewSet"]


class NetworkViewSet(CityScreensViewSet):
    name = views.URL_NAMESPACE
    url_prefix = "intercultural-index-network"
    icon = "table"
    menu_label = _("Index: the network")

    def get_urlpatterns(self):
        return [
            path("", views.NetworkView.as_view(), name="index"),
            path("rounds.csv", views.export_csv, name="export_csv"),
            path("rounds.xlsx", views.export_xlsx, name="export_xlsx"),
        ]

    def is_shown(self, request):
        # The network's figures are for those who see every city, not a city's coordinators.
        return user_sees_all_cities(request.user)
