"""Wires the toolkit into the admin: its screens in the framework's "Tools" menu, and the bulk
approval and rejection of the rumour reports queue; and into the city profile: the
recognition badge a city's evaluation earned."""

from django.utils.translation import gettext as _
from wagtail import hooks

from antirumours.badges import recognition_for
from antirumours.bulk_actions import ApproveReportsBulkAction, RejectReportsBulkAction
from antirumours.models import AntiRumourStrategy
from antirumours.viewsets import SNIPPET_VIEWSETS, StrategyAdminViewSet
from tools.directory import RECOGNITIONS_HOOK
from tools.viewsets import add_city_screens, add_snippet_viewsets

# The framework gives each model its city-scoped permission policy, from
# `AntiRumourStrategy.city_data`.
add_snippet_viewsets(*SNIPPET_VIEWSETS)
add_city_screens(StrategyAdminViewSet)


hooks.register("register_bulk_action", ApproveReportsBulkAction)
hooks.register("register_bulk_action", RejectReportsBulkAction)


@hooks.register(RECOGNITIONS_HOOK)
def anti_rumour_recognition(city):
    """The recognition badge's text when the city's latest evaluation earned it."""
    recognition = recognition_for(city)
    if recognition is None:
        return []
    text = _("Recognised anti-rumour strategy (evaluation %(year)s)") % {"year": recognition.year}
    return [(AntiRumourStrategy, text)]
