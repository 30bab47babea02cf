"""Admin wiring of the good-practice database: the Topics snippet and the topic autocomplete."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cities.profile_sections import SECTIONS_HOOK, PageSection
from practices import views
from practices.models import PracticePage, Topic


class TopicViewSet(SnippetViewSet):
    """Topics are listed and translated under Snippets, like any translatable snippet."""

    model = Topic
    icon = "tag"
    menu_label = _("Practice topics")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def register_topic_autocomplete_url():
    return [
        path(
            "practices/topics/autocomplete/",
            views.topic_autocomplete,
            name="practices_topic_autocomplete",
        )
    ]


@hooks.register(SECTIONS_HOOK)
def city_profile_sections():
    """The city's practices (twelve at most, by title), on its profile."""
    return [PageSection("city_practices", PracticePage, ("title",), 12, {"summary": "summary"})]
