"""Admin wiring: the question bank, and the results and group sessions, under the
framework's "Tools" menu.

The customisation screens (`CitizenshipTest`) come from the tools framework itself.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from citizenship_test.admin_forms import QuestionForm
from citizenship_test.bulk_actions import CloseSessionsBulkAction, DeleteSessionsBulkAction
from citizenship_test.models import Question
from citizenship_test.viewsets import ResultsViewSet
from tools.viewsets import CityScopedSnippetViewSet, add_city_screens, add_snippet_viewsets


class QuestionViewSet(CityScopedSnippetViewSet):
    """The shared question bank and the cities' own questions, translatable like any snippet.

    The framework's city-scoped base: coordinators list, choose and open the shared bank and
    their cities' questions, and change only their cities' own (`CitizenshipTest.city_data`);
    `QuestionForm` keeps the shared bank and the default short test for editors.
    """

    model = Question
    icon = "help"
    menu_label = _("Citizenship test questions")
    list_display = ["__str__", "kind", "city", "in_short_version"]
    list_filter = ["component", "kind", "in_short_version"]
    search_fields = ["prompt"]
    base_form_class = QuestionForm
    list_select_related = ("city", "locale")


(question_viewset,) = add_snippet_viewsets(QuestionViewSet)
results_viewset = add_city_screens(ResultsViewSet)


hooks.register("register_bulk_action", CloseSessionsBulkAction)
hooks.register("register_bulk_action", DeleteSessionsBulkAction)
