"""The city's assessments on the site, under the tool's full-page URL, for its coordinators
(`ChecklistToolMixin.screens`):

    /<lang>/tools/<tool>/<city>/assessments/                 list, trend, start a new one
    /<lang>/tools/<tool>/<city>/assessments/<pk>/            fill in a draft (save or publish)
    /<lang>/tools/<tool>/<city>/assessments/<pk>/report/     printable report
    /<lang>/tools/<tool>/<city>/assessments/<pk>/report.pdf  PDF
    /<lang>/tools/<tool>/<city>/assessments/<pk>/delete/     delete a draft, after a confirmation
    /<lang>/tools/<tool>/<city>/assessments/self-checks.csv  the anonymous self-check totals

Never in the embed: coordinators work signed in, on this site. The framework's tool view is
csrf-exempt (for the cookieless self-check); these screens use the session, so they put the
CSRF check back.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect

from checklists.assessments import (
    assessment_pdf_response,
    checklist_in_language,
    handle_assessment_form,
    outcome_message,
    report_context,
)
from checklists.exports import self_check_csv_response
from checklists.models import Assessment
from checklists.reports import assessment_trend
from checklists.structure import sections_of
from tools.permissions import user_can_manage_city
from tools.screens import FORM, READ, screen_url

__all__ = [
    "assessment_delete",
    "assessment_edit",
    "assessment_list",
    "assessment_pdf",
    "assessment_report",
    "for_coordinators",
    "self_check_export",
]


def report_url(customisation, assessment):
    return screen_url(customisation, "assessment_report", pk=assessment.pk)


def _assessments(customisation, checklist):
    return Assessment.objects.of(customisation.city, checklist).select_related(
        "checklist__locale", "city"
    )


def _get_assessment(customisation, checklist, pk):
    return get_object_or_404(_assessments(customisation, checklist), pk=pk)


def for_coordinators(*methods):
    """Make `view(request, customisation, checklist, **kwargs)` a screen of the city's
    coordinators, signed in on the full page: anonymous visitors are sent to the login, anyone
    else who does not manage the city gets a 404 (another city's assessments are not even
    revealed to exist), then other methods than `methods` a 405."""

    def decorator(view):
        @wraps(view)
        def screen(request, customisation, mode, **kwargs):
            if mode != "page":
                raise Http404
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            if not user_can_manage_city(request.user, customisation.city):
                raise Http404
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            checklist = customisation.get_checklist()
            if checklist is None:
                raise Http404

            @csrf_protect
            def protected(request):
                return view(request, customisation, checklist, **kwargs)

            return protected(request)

        return screen

    return decorator


@for_coordinators(*FORM)
def assessment_list(request, customisation, checklist):
    """The city's assessments of this checklist, the trend, and a button to start one."""
    assessments = list(_assessments(customisation, checklist))
    if request.method == "POST":
        assessment = Assessment.objects.create(
            city=customisation.city,
            checklist=checklist,
            created_by=request.user,
            title=request.POST.get("title", "")[:200],
            assessed_on=timezone.localdate(),
        )
        return HttpResponseRedirect(screen_url(customisation, "assessment", pk=assessment.pk))
    rows, chart = assessment_trend(assessments)
    context = customisation.get_tool_context(request, "page")
    context.update(
        checklist=checklist,
        assessments=assessments,
        trend_rows=rows,
        trend_chart=chart,
        assessments_url=screen_url(customisation, "assessments"),
        published_url=screen_url(customisation, "published"),
    )
    return TemplateResponse(request, "checklists/assessments/list.html", context)


@for_coordinators(*FORM)
def assessment_edit(request, customisation, checklist, pk):
    """Fill in a draft; a published assessment shows its report instead."""
    assessment = _get_assessment(customisation, checklist, pk)
    base = screen_url(customisation, "assessments")
    if assessment.is_published:
        return HttpResponseRedirect(report_url(customisation, assessment))
    sections = sections_of(checklist_in_language(assessment))
    form, outcome = handle_assessment_form(request, assessment, sections)
    if outcome and outcome != "confirm":
        messages.success(request, outcome_message(outcome))
        target = "assessment_report" if outcome == "published" else "assessment"
        return HttpResponseRedirect(screen_url(customisation, target, pk=assessment.pk))
    context = customisation.get_tool_context(request, "page")
    context.update(
        assessment=assessment, form=form, assessments_url=base, confirming=outcome == "confirm"
    )
    return TemplateResponse(request, "checklists/assessments/edit.html", context)


@for_coordinators(*READ)
def assessment_report(request, customisation, checklist, pk):
    """The printable report of an assessment (a draft's report is a preview)."""
    assessment = _get_assessment(customisation, checklist, pk)
    context = customisation.get_tool_context(request, "page")
    context.update(report_context(assessment))
    context["assessments_url"] = screen_url(customisation, "assessments")
    return TemplateResponse(request, "checklists/assessments/report.html", context)


@for_coordinators(*READ)
def assessment_pdf(request, customisation, checklist, pk):
    return assessment_pdf_response(request, _get_assessment(customisation, checklist, pk))


@for_coordinators(*FORM)
def assessment_delete(request, customisation, checklist, pk):
    """GET: what deleting this draft loses. POST: delete it. A published one is refused."""
    assessment = _get_assessment(customisation, checklist, pk)
    base = screen_url(customisation, "assessments")
    refusal = _(
        "A published assessment cannot be deleted: it is part of the city's progress over time."
    )
    if assessment.is_published:
        messages.error(request, refusal)
        return HttpResponseRedirect(report_url(customisation, assessment))
    if request.method == "POST":
        label = str(assessment)
        try:
            assessment.delete_draft()
        except ValueError:
            # Published in another tab between the confirmation and this POST.
            messages.error(request, refusal)
            return HttpResponseRedirect(report_url(customisation, assessment))
        messages.success(
            request, _("The draft “%(assessment)s” was deleted.") % {"assessment": label}
        )
        return HttpResponseRedirect(base)
    context = customisation.get_tool_context(request, "page")
    context.update(assessment=assessment, assessments_url=base)
    return TemplateResponse(request, "checklists/assessments/delete.html", context)


@for_coordinators(*READ)
def self_check_export(request, customisation, checklist):
    """The city's anonymous self-check totals, one row a month, as CSV."""
    return self_check_csv_response(customisation)
