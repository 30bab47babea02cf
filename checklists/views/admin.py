"""The city's assessments in the Wagtail admin: list, start, fill in, report, PDF.

Every screen is limited to the cities the user manages (`tools.permissions`): another city's
assessment answers 404, as the framework's screens do.
"""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.models import Locale

from checklists.assessments import (
    assessment_pdf_response,
    checklist_in_language,
    handle_assessment_form,
    outcome_message,
    report_context,
)
from checklists.models import Assessment, Checklist, SelfCheckTally
from checklists.structure import sections_of
from tools.permissions import cities_for_user
from tools.scoping import visible_to
from tools.views.admin import AdminScreenMixin

__all__ = ["AssessmentEditView", "AssessmentIndexView", "AssessmentNewView", "AssessmentPdfView"]

URL_NAMESPACE = "checklist_assessments"


def admin_url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def assessments_for(user):
    """The assessments of the cities `user` manages."""
    return visible_to(user, Assessment.objects.select_related("city", "checklist__locale"))


class ScopedAssessmentMixin:
    """Loads `self.assessment` from the URL, or 404 when the user does not manage its city."""

    def dispatch(self, request, pk, **kwargs):
        self.assessment = assessments_for(request.user).filter(pk=pk).first()
        if self.assessment is None:
            raise Http404
        return super().dispatch(request, pk, **kwargs)

    def get_page_subtitle(self):
        return f"{self.assessment.city.title} – {self.assessment}"


class AssessmentIndexView(AdminScreenMixin, TemplateView):
    """The assessments of the user's cities, newest first, and the anonymous self-check totals."""

    template_name = "checklists/admin/index.html"
    page_title = _("Checklist assessments")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assessments"] = assessments_for(self.request.user)
        context["tallies"] = visible_to(
            self.request.user,
            SelfCheckTally.objects.select_related(
                "customisation__city", "customisation__content_type"
            ),
        )[:24]
        context["new_url"] = admin_url("new")
        return context


class NewAssessmentForm(forms.Form):
    city = forms.ModelChoiceField(queryset=None, label=_("City"))
    checklist = forms.ModelChoiceField(queryset=None, label=_("Checklist"))
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    assessed_on = forms.DateField(
        label=_("Date of the assessment"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)

        default = Locale.get_default()
        self.fields["city"].queryset = (
            cities_for_user(user).filter(locale=default).order_by("title")
        )
        self.fields["checklist"].queryset = Checklist.objects.filter(locale=default)


class AssessmentNewView(AdminScreenMixin, FormView):
    """Start a draft assessment for one of the user's cities."""

    template_name = "checklists/admin/new.html"
    page_title = _("New assessment")
    header_icon = "tasks"

    def get_form(self, form_class=None):
        return NewAssessmentForm(self.request.user, **self.get_form_kwargs())

    def form_valid(self, form):
        assessment = Assessment.objects.create(created_by=self.request.user, **form.cleaned_data)
        return HttpResponseRedirect(admin_url("edit", assessment.pk))


class AssessmentEditView(ScopedAssessmentMixin, AdminScreenMixin, TemplateView):
    """Fill in a draft with answers and evidence; save it, or publish it."""

    template_name = "checklists/admin/edit.html"
    page_title = _("Assessment")
    header_icon = "tasks"

    def get(self, request, *args, **kwargs):
        if self.assessment.is_published:
            return HttpResponseRedirect(admin_url("report", self.assessment.pk))
        return self.handle(request)

    def post(self, request, *args, **kwargs):
        if self.assessment.is_published:
            return HttpResponseRedirect(admin_url("report", self.assessment.pk))
        return self.handle(request)

    def handle(self, request):
        sections = sections_of(checklist_in_language(self.assessment))
        form, outcome = handle_assessment_form(request, self.assessment, sections)
        if outcome == "confirm":
            return self.render_to_response(self.get_context_data(form=form, confirming=True))
        if outcome:
            messages.success(request, outcome_message(outcome))
            name = "report" if outcome == "published" else "edit"
            return HttpResponseRedirect(admin_url(name, self.assessment.pk))
        if form.is_bound:
            messages.error(request, _("The assessment could not be saved: see the errors below."))
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assessment"] = self.assessment
        context["report_url"] = admin_url("report", self.assessment.pk)
        return context


class AssessmentReportView(ScopedAssessmentMixin, AdminScreenMixin, TemplateView):
    """The report: scores, chart, what is in place, follow-up actions and the trend."""

    template_name = "checklists/admin/report.html"
    page_title = _("Assessment report")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(report_context(self.assessment))
        context["pdf_url"] = admin_url("pdf", self.assessment.pk)
        context["edit_url"] = admin_url("edit", self.assessment.pk)
        return context


class AssessmentPdfView(ScopedAssessmentMixin, View):
    """The report as a PDF download."""

    def get(self, request, *args, **kwargs):
        return assessment_pdf_response(request, self.assessment)
