"""Admin screens of the checklists, placed in the framework's "Tools" menu: the checklists
themselves (snippets, for editors) and the cities' assessments (for their coordinators)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from checklists.models import Checklist
from checklists.views import admin as views
from tools.viewsets import CityScreensViewSet

__all__ = ["AssessmentViewSet", "ChecklistViewSet"]


class ChecklistViewSet(SnippetViewSet):
    """Author and translate the checklists (sections, questions, follow-up actions)."""

    model = Checklist
    icon = "list-ul"
    menu_label = _("Checklists")
    add_to_admin_menu = False
    list_display = ["title", "kind", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["title"]


class AssessmentViewSet(CityScreensViewSet):
    """A city's assessments: list, new, edit (draft), report, PDF, delete (draft), and the
    self-check totals as CSV."""

    name = views.URL_NAMESPACE
    url_prefix = "checklists/assessments"
    icon = "tasks"
    menu_label = _("Checklist assessments")

    def get_urlpatterns(self):
        return [
            path("", views.AssessmentIndexView.as_view(), name="index"),
            path(
                "results/",
                views.AssessmentIndexView.as_view(results_only=True),
                name="index_results",
            ),
            path("new/", views.AssessmentNewView.as_view(), name="new"),
            path("<int:pk>/", views.AssessmentEditView.as_view(), name="edit"),
            path("<int:pk>/report/", views.AssessmentReportView.as_view(), name="report"),
            path("<int:pk>/report.pdf", views.AssessmentPdfView.as_view(), name="pdf"),
            path("<int:pk>/delete/", views.AssessmentDeleteView.as_view(), name="delete"),
            path(
                "self-checks/<uuid:key>.csv",
                views.SelfCheckExportView.as_view(),
                name="self_checks",
            ),
        ]
