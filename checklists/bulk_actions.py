"""Bulk actions on the assessments' admin listing (`tools.listings`): delete the selected
drafts of the user's cities; a published assessment is part of the city's trend and is kept."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from checklists.models import Assessment
from tools.bulk_actions import DeleteBulkAction

__all__ = ["DeleteDraftAssessmentsBulkAction"]


class DeleteDraftAssessmentsBulkAction(DeleteBulkAction):
    aria_label = _("Delete the selected draft assessments")
    models = [Assessment]
    icon = "tasks"
    deletable = {"status": Assessment.Status.DRAFT}
    question = ngettext_lazy(
        "Delete this assessment if it is a draft? Its answers and evidence notes are lost. "
        "A published assessment is kept.",
        "Delete these %(counter)s assessments if they are drafts? Their answers and evidence "
        "notes are lost. Published assessments are kept.",
        "counter",
    )
    done_message = ngettext_lazy("%(count)d draft deleted.", "%(count)d drafts deleted.", "counter")
    nothing_message = _(
        "A published assessment cannot be deleted: it is part of the city's progress over time."
    )
