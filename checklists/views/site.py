"""The city's assessments on the site, under the tool's full-page URL, for its coordinators:

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

import re

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

__all__ = ["serve_assessments"]


def _assessments(tool, checklist):
    return Assessment.objects.of(tool.city, checklist).select_related("checklist__locale", "city")


def _get_assessment(tool, checklist, pk):
    return get_object_or_404(_assessments(tool, checklist), pk=pk)


def assessment_list(request, tool, checklist):
    """The city's assessments of this checklist, the trend, and a button to start one."""
    assessments = list(_assessments(tool, checklist))
    if request.method == "POST":
        assessment = Assessment.objects.create(
            city=tool.city,
            checklist=checklist,
            created_by=request.user,
            title=request.POST.get("title", "")[:200],
            assessed_on=timezone.localdate(),
        )
        return HttpResponseRedirect(f"{tool.get_assessments_url()}{assessment.pk}/")
    rows, chart = assessment_trend(assessments)
    context = tool.get_tool_context(request, "page")
    context.update(
        checklist=checklist,
        assessments=assessments,
        trend_rows=rows,
        trend_chart=chart,
        assessments_url=tool.get_assessments_url(),
        published_url=tool.get_published_url(),
    )
    return TemplateResponse(request, "checklists/assessments/list.html", context)


def assessment_edit(request, tool, checklist, pk):
    """Fill in a draft; a published assessment shows its report instead."""
    assessment = _get_assessment(tool, checklist, pk)
    base = tool.get_assessments_url()
    if assessment.is_published:
        return HttpResponseRedirect(f"{base}{assessment.pk}/report/")
    sections = sections_of(checklist_in_language(assessment))
    form, outcome = handle_assessment_form(request, assessment, sections)
    if outcome and outcome != "confirm":
        messages.success(request, outcome_message(outcome))
        target = "report/" if outcome == "published" else ""
        return HttpResponseRedirect(f"{base}{assessment.pk}/{target}")
    context = tool.get_tool_context(request, "page")
    context.update(
        assessment=assessment, form=form, assessments_url=base, confirming=outcome == "confirm"
    )
    return TemplateResponse(request, "checklists/assessments/edit.html", context)


def assessment_report(request, tool, checklist, pk):
    """The printable report of an assessment (a draft's report is a preview)."""
    assessment = _get_assessment(tool, checklist, pk)
    context = tool.get_tool_context(request, "page")
    context.update(report_context(assessment))
    context["assessments_url"] = tool.get_assessments_url()
    return TemplateResponse(request, "checklists/assessments/report.html", context)


def assessment_pdf(request, tool, checklist, pk):
    return assessment_pdf_response(request, _get_assessment(tool, checklist, pk))


def assessment_delete(request, tool, checklist, pk):
    """GET: what deleting this draft loses. POST: delete it. A published one is refused."""
    assessment = _get_assessment(tool, checklist, pk)
    base = tool.get_assessments_url()
    refusal = _(
        "A published assessment cannot be deleted: it is part of the city's progress over time."
    )
    if assessment.is_published:
        messages.error(request, refusal)
        return HttpResponseRedirect(f"{base}{assessment.pk}/report/")
    if request.method == "POST":
        label = str(assessment)
        try:
            assessment.delete_draft()
        except ValueError:
            # Published in another tab between the confirmation and this POST.
            messages.error(request, refusal)
            return HttpResponseRedirect(f"{base}{assessment.pk}/report/")
        messages.success(
            request, _("The draft “%(assessment)s” was deleted.") % {"assessment": label}
        )
        return HttpResponseRedirect(base)
    context = tool.get_tool_context(request, "page")
    context.update(assessment=assessment, assessments_url=base)
    return TemplateResponse(request, "checklists/assessments/delete.html", context)


def self_check_export(request, tool, checklist):
    """The city's anonymous self-check totals, one row a month, as CSV."""
    return self_check_csv_response(tool)


ROUTES = [
    (re.compile(r"^assessments/$"), assessment_list, ("GET", "HEAD", "POST")),
    (re.compile(r"^assessments/self-checks\.csv$"), self_check_export, ("GET", "HEAD")),
    (re.compile(r"^assessments/(?P<pk>\d+)/$"), assessment_edit, ("GET", "HEAD", "POST")),
    (re.compile(r"^assessments/(?P<pk>\d+)/report/$"), assessment_report, ("GET", "HEAD")),
    (re.compile(r"^assessments/(?P<pk>\d+)/report\.pdf$"), assessment_pdf, ("GET", "HEAD")),
    (re.compile(r"^assessments/(?P<pk>\d+)/delete/$"), assessment_delete, ("GET", "HEAD", "POST")),
]


def serve_assessments(tool, request, mode, subpath):
    """Route an `assessments/...` subpath: signed-in coordinators of the city only.

    Anonymous visitors are sent to the login; anyone else who does not manage this city gets
    a 404, so that another city's assessments are not even revealed to exist.
    """
    if mode != "page":
        raise Http404
    route = next(
        (
            (pattern.match(subpath), view, methods)
            for pattern, view, methods in ROUTES
            if pattern.match(subpath)
        ),
        None,
    )
    if route is None:
        raise Http404
    match, view, methods = route
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if not user_can_manage_city(request.user, tool.city):
        raise Http404
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
    checklist = tool.get_checklist()
    if checklist is None:
        raise Http404
    kwargs = {key: int(value) for key, value in match.groupdict().items()}

    @csrf_protect
    def protected(request):
        return view(request, tool, checklist, **kwargs)

    return protected(request)
