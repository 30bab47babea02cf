"""The admin's moderation actions: approve, reject with a reason, see a photo before approval."""

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.permissions import policy_registry

from heritage_mapping.models import HeritageItem, ItemPhoto
from heritage_mapping.vocabulary import Status
from tools.permissions import filter_for_user, user_can_manage_city
from tools.views.admin import AdminScreenMixin

__all__ = ["ApproveView", "RejectView", "admin_photo"]

URL_NAMESPACE = "wagtailsnippets_heritage_mapping_heritageitem"


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for rejection"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Kept for the team; never shown publicly."),
    )


class ApproveForm(forms.Form):
    """No fields: approving is a POST of this confirmation."""


class ModerationView(AdminScreenMixin, FormView):
    """One decision on one item of a city the user moderates."""

    template_name = "heritage_mapping/admin/moderate.html"
    header_icon = "tasks"
    decision = ""

    def dispatch(self, request, pk):
        queryset = filter_for_user(HeritageItem.objects.all(), request.user, "project__city")
        self.item = queryset.select_related("project").filter(pk=unquote(str(pk))).first()
        if self.item is None:
            raise Http404
        policy = policy_registry.get_by_type(HeritageItem)
        if not policy.user_has_permission_for_instance(request.user, "change", self.item):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.item)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "item": self.item,
                "decision": self.decision,
                "edit_url": reverse(f"{URL_NAMESPACE}:edit", args=[self.item.pk]),
                "queue_url": reverse(f"{URL_NAMESPACE}:list") + f"?status={Status.PENDING}",
            }
        )
        return context

    def queue(self):
        return redirect(reverse(f"{URL_NAMESPACE}:list") + f"?status={Status.PENDING}")


class ApproveView(ModerationView):
    page_title = gettext_lazy("Approve")
    form_class = ApproveForm
    decision = "approve"

    def form_valid(self, form):
        if not self.item.is_located:
            messages.error(
                self.request,
                _("“%(title)s” has no point yet: locate it (edit) before approving it.")
                % {"title": self.item.title},
            )
            return redirect(reverse(f"{URL_NAMESPACE}:edit", args=[self.item.pk]))
        self.item.moderate(Status.APPROVED, self.request.user)
        messages.success(
            self.request, _("“%(title)s” is approved and public.") % {"title": self.item.title}
        )
        return self.queue()


class RejectView(ModerationView):
    page_title = gettext_lazy("Reject")
    form_class = RejectForm
    decision = "reject"

    def form_valid(self, form):
        self.item.moderate(Status.REJECTED, self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, _("“%(title)s” is rejected.") % {"title": self.item.title})
        return self.queue()


def admin_photo(request, photo_pk):
    """A photo for its moderators, whatever its item's status."""
    photo = ItemPhoto.objects.select_related("item__project__city").filter(pk=photo_pk).first()
    if photo is None or not user_can_manage_city(request.user, photo.item.project.city):
        raise Http404
    try:
        handle = photo.image.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    return response
