"""The editors' network screens of the Index: every round, the averages, the exports."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from intercultural_index.network import export_header, export_rows, network_overview
from tools.downloads import csv_download, xlsx_download
from tools.permissions import user_sees_all_cities
from tools.views.admin import AdminScreenMixin

__all__ = ["NetworkView", "export_csv", "export_xlsx"]

URL_NAMESPACE = "intercultural_index_network"


def editors_only(request):
    """Editors and administrators only: the network's figures cover every city."""
    if not user_sees_all_cities(request.user):
        raise PermissionDenied


class NetworkView(AdminScreenMixin, TemplateView):
    template_name = "intercultural_index/admin/network.html"
    page_title = _("Intercultural Cities Index: the network")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        editors_only(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["overview"] = network_overview()
        context["csv_url"] = reverse(f"{URL_NAMESPACE}:export_csv")
        context["xlsx_url"] = reverse(f"{URL_NAMESPACE}:export_xlsx")
        return context


def export_csv(request):
    editors_only(request)
    overview = network_overview()
    return csv_download(
        "intercultural-index-rounds.csv",
        export_header(overview.columns),
        export_rows(overview),
    )


def export_xlsx(request):
    editors_only(request)
    overview = network_overview()
    return xlsx_download(
        "intercultural-index-rounds.xlsx",
        export_header(overview.columns),
        export_rows(overview),
        sheet_title="Rounds",
    )
