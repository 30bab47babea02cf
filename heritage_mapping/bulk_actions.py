"""Bulk moderation of the residents' heritage contributions: "Approve" (the located ones) and
"Reject" with one reason, for the items ticked in the queue; the framework's moderation bulk
action (`tools.bulk_actions`) narrows the selection to the user's cities."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from heritage_mapping.models import HeritageItem
from heritage_mapping.vocabulary import Status
from tools.bulk_actions import ModerationBulkAction, RejectWithReason

__all__ = ["ApproveItemsBulkAction", "RejectItemsBulkAction"]


class ApproveItemsBulkAction(ModerationBulkAction):
    """Approve the selected items that are located (an item without a point needs one first)."""

    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected contributions")
    action_priority = 20
    models = [HeritageItem]
    select_related = ("project",)
    listing_filter = {"status": Status.PENDING}
    target_status = Status.APPROVED
    question = _(
        "Approve these contributions? They become public on the map; those without a point "
        "stay waiting."
    )
    done_message = ngettext_lazy(
        "%(count)d contribution approved.", "%(count)d contributions approved.", "counter"
    )

    @classmethod
    def decide(cls, item, user, **kwargs):
        if not item.is_located:
            return False
        item.moderate(Status.APPROVED, user)
        return True


class RejectItemsBulkAction(RejectWithReason, ApproveItemsBulkAction):
    """Reject the selected items with one reason (one already rejected keeps its own)."""

    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject selected contributions")
    action_priority = 30
    target_status = Status.REJECTED
    question = _("Reject these contributions? They will not be shown.")
    done_message = ngettext_lazy(
        "%(count)d contribution rejected.", "%(count)d contributions rejected.", "counter"
    )

    @classmethod
    def decide(cls, item, user, reason="", **kwargs):
        item.moderate(Status.REJECTED, user, reason)
        return True
