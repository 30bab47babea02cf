"""The base of the tools' bulk actions (Wagtail's bulk action framework, in the footer of an
admin listing): the selection is always narrowed by `tools.scoping`.

Whatever ids a request names, only the rows of the cities the user manages and may take
`permission` on are found: another city's row is neither changed nor named on the confirmation
page. "Select all" takes the rows of `listing_filter` (a moderation queue's waiting rows) among
them.

Every action confirms on one page, `tools/admin/confirm_bulk_action.html` (its question, the
rows found, its form). `ModerationBulkAction` is the one shape of every moderation queue's
"Approve" and "Reject" (`RejectWithReason` adds the reason); `DeleteBulkAction` deletes the
selected rows of a tool's own listing (`tools.listings`).
"""

from django import forms
from django.shortcuts import get_list_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from tools.scoping import visible_to

__all__ = [
    "CityScopedBulkAction",
    "DeleteBulkAction",
    "ModerationBulkAction",
    "ReasonForm",
    "RejectWithReason",
]


class CityScopedBulkAction(BulkAction):
    """A bulk action on city data (a snippet or a row of a tool's own listing); set `models`,
    `question` (may use `%(counter)s`, the number of rows found), `done_message` (an
    `ngettext_lazy` on "counter", which may use `%(count)d`), and optionally `listing_filter`."""

    template_name = "tools/admin/confirm_bulk_action.html"
    question = ""
    done_message = None
    #: Shown when no row changed; `done_message` when empty.
    nothing_message = ""
    #: Whether the rows' cities alone decide, as on the tools' own screens, which ask no model
    #: permission (`tools.listings`); otherwise Wagtail's model permissions narrowed to the
    #: user's cities (`CityScopedPermissionPolicy`), as on snippets.
    by_city = False

    #: The permission the user needs on each row (the city-scoped policy's).
    permission = "change"
    #: What "select all" takes, as filter keyword arguments (all the user's rows by default).
    listing_filter = {}
    #: `select_related()` paths for the confirmation page.
    select_related = ()
    #: The icon of the confirmation page's header, for a model without a snippet viewset.
    icon = ""

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(self.model)

    def scoped_rows(self):
        """The rows of the cities the user manages that they may take `permission` on."""
        if self.by_city:
            rows = visible_to(self.request.user, self.model, self.permission)
        else:
            rows = self.permission_policy.instances_user_has_permission_for(
                self.request.user, self.permission
            )
        return rows.select_related(*self.select_related) if self.select_related else rows

    def get_queryset(self, model, object_ids):
        return get_list_or_404(self.scoped_rows(), pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        return self.scoped_rows().filter(**self.listing_filter).values_list("pk", flat=True)

    def check_perm(self, obj):
        if self.by_city:
            return True  # `scoped_rows()` found it among the user's cities' rows
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission, obj
        )

    def object_context(self, obj):
        return {"item": obj, "edit_url": AdminURLFinder(self.request.user).get_edit_url(obj)}

    def get_context_data(self, **kwargs):
        viewset = getattr(self.model, "snippet_viewset", None)
        kwargs["header_icon"] = getattr(viewset, "icon", "") or self.icon
        context = super().get_context_data(**kwargs)
        context["action_title"] = self.display_name
        context["question"] = self.question % {"counter": len(context["items"])}
        return context

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects == 0 and self.nothing_message:
            return self.nothing_message
        return self.done_message % {"counter": num_parent_objects, "count": num_parent_objects}

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user, "self": self}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ModerationBulkAction(CityScopedBulkAction):
    """Move the selected rows of a moderation queue to `target_status` (a row already there is
    left as it is), after a confirmation page that asks `question`.

    A tool sets `target_status` and `decide()`, which changes one row and says whether it did;
    `after()` runs once on the rows changed.
    """

    #: The field holding a row's moderation state.
    status_field = "status"
    target_status = None

    @classmethod
    def decide(cls, row, user, **kwargs):
        raise NotImplementedError

    @classmethod
    def after(cls, rows, user=None, **kwargs):
        """Once, after the rows were changed (a cache to expire, a single update...)."""

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        kwargs.pop("self", None)
        changed = [
            row
            for row in objects
            if getattr(row, cls.status_field) != cls.target_status
            and cls.decide(row, user, **kwargs)
        ]
        if changed:
            cls.after(changed, user=user, **kwargs)
        for row in changed:
            log(row, "wagtail.edit", user=user)
        return len(changed), 0


class RejectWithReason:
    """Mixed into a `ModerationBulkAction`: the confirmation asks one reason, given to
    `decide()` and `after()` as `reason`."""

    form_class = ReasonForm

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "reason": self.cleaned_form.cleaned_data["reason"].strip(),
        }


class DeleteBulkAction(CityScopedBulkAction):
    """Delete the selected rows of a tool's own listing that `deletable` (filter keyword
    arguments) allows, for example drafts only; the others are kept."""

    display_name = _("Delete")
    action_type = "delete"
    action_priority = 100
    permission = "delete"
    by_city = True
    classes = {"serious"}
    deletable = {}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        rows = cls.models[0]._default_manager.filter(
            pk__in=[row.pk for row in objects], **cls.deletable
        )
        for row in rows:
            log(row, "wagtail.delete", user=user)
        return rows.delete()[1].get(cls.models[0]._meta.label, 0), 0
