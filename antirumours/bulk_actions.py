"""Bulk moderation of the public rumour reports: "Approve" for the reports ticked in the queue.

A Wagtail snippet bulk action, so it appears in the footer of the queue's listing beside
"Delete". Only reports of the cities the user manages are found: another city's report is
neither approved nor named on the confirmation page.
"""

from django.shortcuts import get_list_or_404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from antirumours.models import RumourReport
from icc_site.page_cache import bump_generation

__all__ = ["ApproveReportsBulkAction"]


class ApproveReportsBulkAction(SnippetBulkAction):
    """Approve the selected reports the user may moderate (a report already approved stays)."""

    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected rumour reports")
    template_name = "antirumours/admin/confirm_bulk_approve.html"
    action_priority = 20
    models = [RumourReport]

    def moderated_reports(self):
        """The reports of the cities the user manages, if they may change reports."""
        return self.permission_policy.instances_user_has_permission_for(self.request.user, "change")

    def get_queryset(self, model, object_ids):
        return get_list_or_404(self.moderated_reports().select_related("city"), pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        # "Select all" in the queue approves what is waiting, never a report already rejected.
        pending = self.moderated_reports().filter(status=RumourReport.PENDING)
        return pending.values_list("pk", flat=True)

    def check_perm(self, report):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", report
        )

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        waiting = [report for report in objects if report.status != RumourReport.APPROVED]
        RumourReport.objects.filter(pk__in=[report.pk for report in waiting]).update(
            status=RumourReport.APPROVED
        )
        for report in waiting:
            report.status = RumourReport.APPROVED
            log(report, "wagtail.edit", user=user)
        if waiting:
            # update() sends no post_save: expire the cached pages as one approval would.
            bump_generation()
        return len(waiting), 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects == 0:
            return _("The selected reports were already approved.")
        return ngettext(
            "%(count)d rumour report approved.",
            "%(count)d rumour reports approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
