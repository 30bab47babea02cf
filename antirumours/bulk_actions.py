"""Bulk moderation of the public rumour reports: "Approve", and "Reject" with a reason, for the
reports ticked in the queue (the framework's `tools.bulk_actions`, which finds only the reports
of the cities the user manages)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from antirumours.models import RumourReport
from icc_site.page_cache import bump_generation
from tools.bulk_actions import ModerationBulkAction, RejectWithReason

__all__ = ["ApproveReportsBulkAction", "RejectReportsBulkAction"]


class ApproveReportsBulkAction(ModerationBulkAction):
    """Approve the selected reports the user may moderate (a report already approved stays)."""

    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected rumour reports")
    action_priority = 20
    models = [RumourReport]
    select_related = ("city",)
    # "Select all" in the queue takes what is waiting, never a report already decided.
    listing_filter = {"status": RumourReport.PENDING}
    target_status = RumourReport.APPROVED
    question = ngettext_lazy(
        "Approve this report? It will be shown and counted in the city's diagnosis.",
        "Approve these %(counter)s reports? They will be shown and counted in the city's "
        "diagnosis.",
        "counter",
    )
    done_message = ngettext_lazy(
        "%(count)d rumour report approved.", "%(count)d rumour reports approved.", "counter"
    )
    nothing_message = _("The selected reports were already approved.")

    @classmethod
    def decide(cls, report, user, **kwargs):
        report.status = cls.target_status
        return True

    @classmethod
    def after(cls, reports, user=None, **kwargs):
        # One update for the selection; it sends no post_save, so expire the cached pages
        # (the public diagnosis) as one approval would.
        RumourReport.objects.filter(pk__in=[report.pk for report in reports]).update(
            status=cls.target_status, **cls.changed_fields(**kwargs)
        )
        bump_generation()

    @classmethod
    def changed_fields(cls, **kwargs):
        return {}


class RejectReportsBulkAction(RejectWithReason, ApproveReportsBulkAction):
    """Reject the selected reports with one reason (a report already rejected keeps its own).
    A rejected report is neither shown nor counted anywhere."""

    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject selected rumour reports")
    action_priority = 30
    target_status = RumourReport.REJECTED
    question = ngettext_lazy(
        "Reject this report? It will not be shown or counted anywhere.",
        "Reject these %(counter)s reports? They will not be shown or counted anywhere.",
        "counter",
    )
    done_message = ngettext_lazy(
        "%(count)d rumour report rejected.", "%(count)d rumour reports rejected.", "counter"
    )
    nothing_message = _("The selected reports were already rejected.")

    @classmethod
    def decide(cls, report, user, reason="", **kwargs):
        report.status = cls.target_status
        report.rejection_reason = reason
        return True

    @classmethod
    def changed_fields(cls, reason="", **kwargs):
        return {"rejection_reason": reason}
