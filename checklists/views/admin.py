"""The city's assessments, for its coordinators: list, start, fill in, report, PDF, delete a
draft, and the anonymous self-check totals as CSV. They are served here only, in the admin;
the tool's full page sends its `assessments/` address here (`checklists.views.site`), and
residents see what is published on the tool's `published/` screen
(`checklists.views.published`), which shares the report's logic (`checklists.assessments`).

Every screen is limited to the cities the user manages (`tools.scoping.visible_to`): another
city's assessment answers 404, as the framework's screens do; a coordinator of a city whose
changes are reviewed cannot publish (`tools.review`).
"""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum
from django.http import Http404, HttpResponseRedirect
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale

from checklists.assessments import (
    CONFIRM,
    PUBLISH,
    assessment_pdf_response,
    checklist_in_language,
    handle_assessment_form,
    outcome_message,
    report_context,
)
from checklists.exports import self_check_csv_response
from checklists.models import (
    Assessment,
    Checklist,
    CouncilChecklistTool,
    ProjectChecklistTool,
    SelfCheckTally,
)
from checklists.periods import TOOL_SERIES
from checklists.scoring import rounded, score_text
from checklists.structure import sections_of
from tools import disclosure
from tools.admin_urls import admin_url_of
from tools.disclosure import block_rows
from tools.listings import CityScopedIndexView, RowTitleColumn
from tools.permissions import cities_for_user
from tools.review import REVIEW_REFUSAL, must_submit_for_review
from tools.scoping import visible_or_404, visible_to
from tools.views.admin import AdminFormScreen, AdminScreenMixin

__all__ = [
    "AssessmentDeleteView",
    "AssessmentEditView",
    "AssessmentIndexView",
    "AssessmentNewView",
    "AssessmentPdfView",
    "AssessmentReportView",
    "SelfCheckExportView",
]

#: The checklist tools, whose self-check totals the exports read.
CHECKLIST_TOOLS = (CouncilChecklistTool, ProjectChecklistTool)

URL_NAMESPACE = "checklist_assessments"


admin_url = admin_url_of(URL_NAMESPACE)


def assessment_rows():
    """Assessments with what their screens show of their city and checklist."""
    return Assessment.objects.select_related("city", "checklist__locale")


class ScopedAssessmentMixin:
    """Loads `self.assessment` from the URL, or 404 when the user does not manage its city."""

    def dispatch(self, request, pk, **kwargs):
        self.assessment = visible_or_404(request.user, assessment_rows(), pk)
        return super().dispatch(request, pk, **kwargs)

    def get_page_subtitle(self):
        return f"{self.assessment.city.title} – {self.assessment}"


class AssessmentIndexView(CityScopedIndexView):
    """The assessments of the user's cities, newest first, sortable, searchable by title and
    filtered by city, status, checklist and date; below, the anonymous self-check totals."""

    model = Assessment
    template_name = "checklists/admin/index.html"
    page_title = _("Checklist assessments")
    header_icon = "tasks"
    index_url_name = f"{URL_NAMESPACE}:index"
    index_results_url_name = f"{URL_NAMESPACE}:index_results"
    add_url_name = f"{URL_NAMESPACE}:new"
    add_item_label = _("New assessment")
    default_ordering = "-assessed_on"
    search_fields = ["title"]
    list_filter = ["status", "checklist"]
    extra_filters = {
        "assessed_on": django_filters.DateFromToRangeFilter(
            label=_("Date of the assessment"), widget=DateRangePickerWidget
        )
    }
    list_display = [
        RowTitleColumn(
            "title",
            label=_("Assessment"),
            accessor=str,
            get_url=lambda assessment: admin_url("edit", assessment.pk),
            sort_key="title",
        ),
        Column("city", label=_("City"), accessor="city.title", sort_key="city__title"),
        Column("checklist", label=_("Checklist"), accessor="checklist.title"),
        Column(
            "assessed_on",
            label=_("Date"),
            accessor=lambda assessment: formats.date_format(assessment.assessed_on),
            sort_key="assessed_on",
        ),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column(
            "score",
            label=_("Overall score"),
            accessor=lambda assessment: (
                score_text(assessment.score) if assessment.is_published else "–"
            ),
            sort_key="score",
        ),
    ]
    list_export = ["title", "city", "checklist", "assessed_on", "status", "score"]
    export_filename = "checklist-assessments"

    def get_base_queryset(self):
        # The rows show the checklist's title, never its sections (the costly part to read).
        return (
            super()
            .get_base_queryset()
            .select_related("city", "checklist")
            .defer("checklist__sections")
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(self_check_periods(self.request.user))
        return context


def self_check_periods(user):
    """The anonymous self-checks of the user's cities, per tool and closed reporting period
    (`tools.disclosure`), newest first, and how many are not counted yet. Two queries."""
    rows = list(
        visible_to(user, SelfCheckTally.objects.all())
        .values(
            "customisation__translation_key",
            "customisation__content_type",
            "customisation__city__title",
            "month",
        )
        .annotate(
            completed=Sum("completions"), scored_total=Sum("scored"), score_total=Sum("score_sum")
        )
        .order_by()
    )
    today = timezone.localdate()
    periods = []
    blocks = block_rows(
        rows,
        today,
        group=lambda row: row["customisation__translation_key"],
        count="scored_total",
        series=TOOL_SERIES,
    )
    for _key, block, inside in blocks:
        if not block.closed:
            continue
        scored = sum(row["scored_total"] for row in inside)
        periods.append(
            {
                "block": block,
                "city": inside[0]["customisation__city__title"],
                "tool": ContentType.objects.get_for_id(inside[0]["customisation__content_type"]),
                "completed": sum(row["completed"] for row in inside),
                "average": (
                    rounded(sum(row["score_total"] or 0 for row in inside) / scored)
                    if scored
                    else None
                ),
            }
        )
    periods.sort(key=lambda period: period["block"].first, reverse=True)
    # The download of each city's totals of each tool that has any (by closed period too).
    exports = {}
    for row in sorted(rows, key=lambda row: row["customisation__city__title"]):
        key = row["customisation__translation_key"]
        if key not in exports:
            tool = ContentType.objects.get_for_id(row["customisation__content_type"])
            exports[key] = {
                "city": row["customisation__city__title"],
                "tool": tool,
                "url": admin_url("self_checks", key),
            }
    return {
        "self_check_exports": list(exports.values()),
        "tallies": periods[:24],
        # Counted, not shown yet: the self-checks of the periods still open.
        "tallies_open": disclosure.open_count(blocks),
        "min_group": disclosure.minimum(),
    }


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


class AssessmentNewView(AdminFormScreen):
    """Start a draft assessment for one of the user's cities."""

    page_title = _("New assessment")
    header_icon = "tasks"
    submit_label = _("Start the assessment")

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
        if PUBLISH in request.POST and must_submit_for_review(request.user, self.assessment.city):
            # Published scores reach residents at once: the answers are kept as a draft.
            request.POST = request.POST.copy()
            request.POST.pop(PUBLISH)
            request.POST.pop(CONFIRM, None)
            messages.error(request, REVIEW_REFUSAL)
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
        context["delete_url"] = admin_url("delete", self.assessment.pk)
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


class AssessmentDeleteView(ScopedAssessmentMixin, AdminScreenMixin, TemplateView):
    """GET: what deleting this draft loses. POST: delete it. A published one is refused."""

    template_name = "checklists/admin/delete.html"
    page_title = _("Delete the draft")
    header_icon = "tasks"
    refusal = _(
        "A published assessment cannot be deleted: it is part of the city's progress over time."
    )

    def refuse(self):
        messages.error(self.request, self.refusal)
        return HttpResponseRedirect(admin_url("report", self.assessment.pk))

    def get(self, request, *args, **kwargs):
        if self.assessment.is_published:
            return self.refuse()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.assessment.is_published:
            return self.refuse()
        label = str(self.assessment)
        try:
            self.assessment.delete_draft()
        except ValueError:
            # Published in another tab between the confirmation and this POST.
            return self.refuse()
        messages.success(
            request, _("The draft “%(assessment)s” was deleted.") % {"assessment": label}
        )
        return HttpResponseRedirect(admin_url("index"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assessment"] = self.assessment
        context["edit_url"] = admin_url("edit", self.assessment.pk)
        return context


class SelfCheckExportView(View):
    """One city's anonymous self-check totals of one checklist tool (all its language versions,
    named by their translation key), per closed reporting period, as CSV
    (`checklists.exports`); 404 for a city the user does not manage."""

    def get(self, request, key):
        for model in CHECKLIST_TOOLS:
            customisation = (
                visible_to(request.user, model.objects.filter(translation_key=key))
                .select_related("city")
                .first()
            )
            if customisation is not None:
                return self_check_csv_response(customisation)
        raise Http404
