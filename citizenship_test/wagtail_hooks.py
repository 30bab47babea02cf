"""Admin wiring: the question bank, and the results and group sessions, under the
framework's "Tools" menu.

The customisation screens (`CitizenshipTest`) come from the tools framework itself.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from citizenship_test.models import Question
from citizenship_test.permissions import QuestionPermissionPolicy, questions_for_user
from citizenship_test.viewsets import QuestionChooserViewSet, ResultsViewSet
from tools.permissions import user_can_manage_city, user_sees_all_cities
from tools.viewsets import tools_group


class QuestionViewSet(SnippetViewSet):
    """The shared question bank and the cities' own questions, translatable like any snippet."""

    model = Question
    icon = "help"
    menu_label = _("Citizenship test questions")
    add_to_admin_menu = False
    list_display = ["__str__", "kind", "city", "in_short_version"]
    list_filter = ["component", "kind", "in_short_version"]
    search_fields = ["prompt"]
    chooser_viewset_class = QuestionChooserViewSet

    def get_queryset(self, request):
        return questions_for_user(Question.objects.select_related("city", "locale"), request.user)

    def get_urlpatterns(self):
        return decorate_urlpatterns(super().get_urlpatterns(), _own_questions_only)


def _own_questions_only(view):
    """Wagtail's edit, delete and history views check model permissions only: a coordinator
    may open a question by URL only when it belongs to a city they coordinate (404 otherwise,
    so another city's questions are not revealed; the shared bank is for editors)."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not user_sees_all_cities(request.user):
            question = Question.objects.filter(pk=unquote(str(pk))).select_related("city").first()
            if question is None or question.city is None:
                raise Http404
            if not user_can_manage_city(request.user, question.city):
                raise Http404
        return view(request, *args, **kwargs)

    return guarded


register_permission_policy(Question, QuestionPermissionPolicy(Question), exact_class=True)
question_viewset = QuestionViewSet()
tools_group.add_viewset(question_viewset)
register_snippet(question_viewset)

results_viewset = ResultsViewSet()
tools_group.add_viewset(results_viewset)


@hooks.register("register_admin_viewset")
def register_results_viewset():
    return results_viewset
