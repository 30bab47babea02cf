"""Wires the checklists into the admin: two entries in the framework's "Tools" menu."""

from wagtail import hooks

from checklists.bulk_actions import DeleteDraftAssessmentsBulkAction
from checklists.viewsets import AssessmentViewSet, ChecklistViewSet
from tools.viewsets import add_city_screens, add_snippet_viewsets

add_snippet_viewsets(ChecklistViewSet)
add_city_screens(AssessmentViewSet)

hooks.register("register_bulk_action", DeleteDraftAssessmentsBulkAction)
