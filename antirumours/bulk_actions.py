"""Bulk moderation of the public rumour reports: "Approve", and "Reject" with a reason, for the
reports ticked in the queue.

Wagtail snippet bulk actions, so they appear in the footer of the queue's listing beside
"Delete". Only reports of the cities the user manages are found: another city's report is
neither approved, rejected nor named on the confirmation page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from antirumours.models import RumourReport
from icc_site.page_cache import bump_generation
from tools.bulk_actions import CityScopedBulkAction

__all__ = ["ApproveReportsBulkAction", "RejectReportsBulkAction"]


class ApproveReportsBulkAction(CityScopedBulkAction):
    """Approve the selected reports the user may moderate (a report already approved stays)."""

    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected rumour reports")
    template_name = "antirumours/admin/confirm_bulk_approve.html"
    action_priority = 20
    models = [RumourReport]
    select_related = ("city",)
    # "Select all" in the queue takes what is waiting, never a report already decided.
    listing_filter = {"status": RumourReport.PENDING}

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

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects == 0:
            return _("The selected reports were already approved.")
        return ngettext(
            "%(count)d rumour report approved.",
            "%(count)d rumour reports approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with each report, for the city's team."),
    )


class RejectReportsBulkAction(ApproveReportsBulkAction):
    """Reject the selected reports with one reason (a report already rejected keeps its own).
    A rejected report is neither shown nor counted anywhere."""

    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject selected rumour reports")
    template_name = "antirumours/admin/confirm_bulk_reject.html"
    action_priority = 30
    form_class = RejectionForm

    # "Select all" in the queue rejects what is waiting (the approval's rule), never a report
    # already approved.

    @classmethod
    def execute_action(cls, objects, user=None, reason="", **kwargs):
        waiting = [report for report in objects if report.status != RumourReport.REJECTED]
        RumourReport.objects.filter(pk__in=[report.pk for report in waiting]).update(
            status=RumourReport.REJECTED, rejection_reason=reason
        )
        for report in waiting:
            report.status = RumourReport.REJECTED
            report.rejection_reason = reason
            log(report, "wagtail.edit", user=user)
        if waiting:
            bump_generation()  # an approved report leaves the public diagnosis
        return len(waiting), 0

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "reason": self.cleaned_form.cleaned_data["reason"].strip(),
        }

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects == 0:
            return _("The selected reports were already rejected.")
        return ngettext(
            "%(count)d rumour report rejected.",
            "%(count)d rumour reports rejected.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
