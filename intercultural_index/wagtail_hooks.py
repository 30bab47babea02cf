"""Admin wiring: the questionnaire (editions, areas, indicators, questions) for editors, under
the framework's "Tools" menu. The customisation screens come from the tools framework."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.views.snippets import SnippetViewSet

from cities.profile_sections import PROFILE_CONTEXT_HOOK, SECTIONS_FROM_APPS
from intercultural_index.models import Area, Edition, Indicator, Question
from intercultural_index.profile import profile_section
from intercultural_index.viewsets import NetworkViewSet
from tools.viewsets import add_city_screens, add_snippet_viewsets


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "table"
    menu_label = _("Index editions")
    list_display = ["name", "year", "open_for_new_rounds", "locale"]
    list_filter = ["locale"]


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "table"
    menu_label = _("Index areas")
    list_display = ["name", "edition", "optional", "weight", "locale"]
    list_filter = ["edition", "optional", "locale"]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Index indicators")
    list_display = ["name", "area", "weight", "same_as", "locale"]
    list_filter = ["area__edition", "locale"]
    search_fields = ["name"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Index questions")
    list_display = ["__str__", "indicator", "kind", "weight", "locale"]
    list_filter = ["kind", "indicator__area__edition", "locale"]
    search_fields = ["prompt"]


add_snippet_viewsets(EditionViewSet, AreaViewSet, IndicatorViewSet, QuestionViewSet)


@hooks.register(PROFILE_CONTEXT_HOOK)
def index_results_on_city_profile(city):
    """The city's published results on its profile page (the cities app's hook)."""
    section = profile_section(city)
    return {SECTIONS_FROM_APPS: [section] if section else []}


add_city_screens(NetworkViewSet)


# The coordinators' round screens (intercultural_index.rounds).
from intercultural_index.rounds import hooks as _rounds_hooks  # noqa: E402, F401
