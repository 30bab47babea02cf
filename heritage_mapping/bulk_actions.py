"""Bulk moderation of the residents' heritage contributions: "Approve" (the located ones) and
"Reject" with one reason, for the items ticked in the queue; the framework's city-scoped bulk
action narrows the selection to the user's cities."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from heritage_mapping.models import HeritageItem
from heritage_mapping.vocabulary import Status
from tools.bulk_actions import CityScopedBulkAction

__all__ = ["ApproveItemsBulkAction", "RejectItemsBulkAction"]


class ApproveItemsBulkAction(CityScopedBulkAction):
    """Approve the selected items that are located (an item without a point needs one first)."""

    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected contributions")
    template_name = "tools/admin/confirm_bulk_moderation.html"
    action_priority = 20
    models = [HeritageItem]
    select_related = ("project",)
    listing_filter = {"status": Status.PENDING}
    target_status = Status.APPROVED

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_title"] = self.display_name
        context["question"] = _(
            "Approve these contributions? They become public on the map; those without a point "
            "stay waiting."
        )
        return context

    @classmethod
    def decide(cls, item, user, **kwargs):
        if not item.is_located:
            return False
        item.moderate(Status.APPROVED, user)
        return True

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        done = 0
        for item in objects:
            if item.status != cls.target_status and cls.decide(item, user, **kwargs):
                log(item, "wagtail.edit", user=user)
                done += 1
        return done, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d contribution approved.",
            "%(count)d contributions approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RejectItemsBulkAction(ApproveItemsBulkAction):
    """Reject the selected items with one reason (one already rejected keeps its own)."""

    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject selected contributions")
    action_priority = 30
    form_class = ReasonForm
    target_status = Status.REJECTED

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["question"] = _("Reject these contributions? They will not be shown.")
        return context

    @classmethod
    def decide(cls, item, user, reason="", **kwargs):
        item.moderate(Status.REJECTED, user, reason)
        return True

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "reason": self.cleaned_form.cleaned_data["reason"].strip(),
        }

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d contribution rejected.",
            "%(count)d contributions rejected.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
