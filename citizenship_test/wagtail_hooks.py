"""Admin wiring: the question bank, and the results and group sessions, under the
framework's "Tools" menu.

The customisation screens (`CitizenshipTest`) come from the tools framework itself.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from citizenship_test.admin_forms import QuestionForm
from citizenship_test.bulk_actions import CloseSessionsBulkAction, DeleteSessionsBulkAction
from citizenship_test.models import Question
from citizenship_test.viewsets import ResultsViewSet
from tools.viewsets import CityScopedSnippetViewSet, tools_group


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


question_viewset = QuestionViewSet()
tools_group.add_viewset(question_viewset)
register_snippet(question_viewset)

results_viewset = ResultsViewSet()
tools_group.add_viewset(results_viewset)


@hooks.register("register_admin_viewset")
def register_results_viewset():
    return results_viewset


hooks.register("register_bulk_action", CloseSessionsBulkAction)
hooks.register("register_bulk_action", DeleteSessionsBulkAction)
