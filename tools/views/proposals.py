"""The coordinators' screens for proposing a practice or a news item (`tools.proposals`)."""

from django import forms
from django.contrib import messages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from tools.models import CityProposal
from tools.proposals import proposal_cities, proposals_with_state, propose
from tools.views.admin import AdminFormScreen, AdminScreenMixin

__all__ = ["ProposalForm", "ProposalIndexView", "ProposeView"]

URL_NAMESPACE = "city_proposals"


class ProposalForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What do you propose?"), choices=CityProposal.KINDS, widget=forms.RadioSelect
    )
    city = forms.ModelChoiceField(label=_("City"), queryset=None)
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences, shown in lists and search results."),
    )
    text = forms.CharField(
        label=_("Text"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Separate paragraphs with an empty line. Editors may improve it."),
    )
    start_year = forms.IntegerField(label=_("Year the practice started"), required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = proposal_cities(user)
        # Up to next year, counted when the form is made (not when the server started).
        year = self.fields["start_year"]
        year.min_value, year.max_value = 1950, timezone.localdate().year + 1
        year.validators += [MinValueValidator(year.min_value), MaxValueValidator(year.max_value)]
        year.widget.attrs.update(year.widget_attrs(year.widget))

    def clean_title(self):
        """One line: a title is a page's title and the subject of the editors' e-mail, which
        a line break would stop (Django refuses it, and the editors are never told)."""
        return " ".join(self.cleaned_data["title"].split())


class ProposalIndexView(AdminScreenMixin, TemplateView):
    """The proposals of the user's cities and where each stands."""

    template_name = "tools/admin/proposals.html"
    page_title = _("Proposals to the site")
    header_icon = "edit"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Whether each is in review, and the editors' comment, in the same query.
        proposals = list(proposals_with_state(self.request.user)[:200])
        for proposal in proposals:
            proposal.returned = bool(
                proposal.editors_comment and not proposal.page.live and not proposal.in_review
            )
            proposal.status_label = (
                _("Published")
                if proposal.page.live
                else _("Awaiting review")
                if proposal.in_review
                else _("Returned to draft")
            )
        context["proposals"] = proposals
        context["new_url"] = reverse(f"{URL_NAMESPACE}:new")
        return context


class ProposeView(AdminFormScreen):
    """Propose a practice or a news item for one of the user's cities."""

    page_title = _("Propose a practice or a news item")
    header_icon = "edit"
    submit_label = _("Send to the editors")

    def get_form(self, form_class=None):
        return ProposalForm(self.request.user, **self.get_form_kwargs())

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            propose(
                self.request.user,
                data["kind"],
                data["city"],
                data["title"],
                data["summary"],
                data["text"],
                data["start_year"],
            )
        except LookupError:
            form.add_error(None, _("The site has no section for this yet: contact the editors."))
            return self.form_invalid(form)
        messages.success(
            self.request, _("Thank you: the editors will review your proposal and publish it.")
        )
        return HttpResponseRedirect(reverse(f"{URL_NAMESPACE}:index"))
