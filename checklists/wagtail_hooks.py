"""Wires the checklists into the admin: two entries in the framework's "Tools" menu."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from checklists.bulk_actions import DeleteDraftAssessmentsBulkAction
from checklists.viewsets import AssessmentViewSet, ChecklistViewSet
from tools.viewsets import tools_group

checklist_viewset = ChecklistViewSet()
assessment_viewset = AssessmentViewSet()
tools_group.add_viewset(checklist_viewset)
tools_group.add_viewset(assessment_viewset)
register_snippet(checklist_viewset)


@hooks.register("register_admin_viewset")
def register_assessment_viewset():
    return assessment_viewset


hooks.register("register_bulk_action", DeleteDraftAssessmentsBulkAction)
