"""The coordinators' screens in the Wagtail admin: results, CSV export, group sessions.

Every screen is limited to the cities the user manages (`tools.permissions`): an object of
another city answers 404, as the framework's screens do. URL names live in `URL_NAMESPACE`
(see `citizenship_test.viewsets`).
"""

from citizenship_test.views.admin.questions import QuestionResultsView, export_question_results
from citizenship_test.views.admin.results import CityResultsView, ResultsIndexView, export_csv
from citizenship_test.views.admin.scoping import URL_NAMESPACE, admin_url
from citizenship_test.views.admin.sessions import (
    CloseSessionView,
    FacilitatorView,
    LiveResultsView,
    NewSessionView,
    SessionIndexView,
)

__all__ = [
    "URL_NAMESPACE",
    "CityResultsView",
    "CloseSessionView",
    "FacilitatorView",
    "LiveResultsView",
    "NewSessionView",
    "QuestionResultsView",
    "ResultsIndexView",
    "SessionIndexView",
    "admin_url",
    "export_csv",
    "export_question_results",
]
