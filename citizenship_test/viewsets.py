"""The coordinators' admin screens of the test, in the framework's "Tools" menu: the cities'
results (with CSV export) and their group sessions."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from citizenship_test.views import admin as views
from tools.viewsets import CityScreensViewSet

__all__ = ["ResultsViewSet"]


def sessions(results_only=False):
    """The group sessions of one city's test (`<pk>`), or only their rows (`results_only`)."""
    return views.SessionIndexView.as_view(
        results_only=results_only,
        index_url_name=f"{views.URL_NAMESPACE}:sessions",
        index_results_url_name=f"{views.URL_NAMESPACE}:sessions_results",
    )


class ResultsViewSet(CityScreensViewSet):
    """Results, export and group sessions of the cities the user manages."""

    name = views.URL_NAMESPACE
    url_prefix = "citizenship-test"
    icon = "tasks"
    menu_label = _("Citizenship test results")

    def get_urlpatterns(self):
        return [
            path("", views.ResultsIndexView.as_view(), name="index"),
            path(
                "results/", views.ResultsIndexView.as_view(results_only=True), name="index_results"
            ),
            path("<int:pk>/results/", views.CityResultsView.as_view(), name="results"),
            path("<int:pk>/export.csv", views.export_csv, name="export"),
            path("<int:pk>/questions/", views.QuestionResultsView.as_view(), name="questions"),
            path(
                "<int:pk>/questions/export/",
                views.export_question_results,
                name="questions_export",
            ),
            path("<int:pk>/sessions/", sessions(), name="sessions"),
            path("<int:pk>/sessions/results/", sessions(True), name="sessions_results"),
            path("<int:pk>/sessions/new/", views.NewSessionView.as_view(), name="new_session"),
            path("sessions/", views.SessionIndexView.as_view(), name="all_sessions"),
            path(
                "sessions/results/",
                views.SessionIndexView.as_view(results_only=True),
                name="all_sessions_results",
            ),
            path("sessions/<int:pk>/", views.FacilitatorView.as_view(), name="session"),
            path("sessions/<int:pk>/live/", views.LiveResultsView.as_view(), name="session_live"),
            path(
                "sessions/<int:pk>/close/", views.CloseSessionView.as_view(), name="session_close"
            ),
        ]
