"""The assessments' logic, shared by the coordinators' screens in the admin and the residents'
page of the published ones: the form's handling, the report's content and the PDF. The views
stay thin wrappers around these."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from checklists.forms import AssessmentForm
from checklists.models import Assessment, Checklist
from checklists.reports import PDF_STYLESHEETS, assessment_trend, build_results
from checklists.scoring import answer_of
from checklists.structure import sections_of
from tools.pdf import html_to_pdf

__all__ = [
    "CONFIRM",
    "PUBLISH",
    "assessment_pdf_response",
    "checklist_in_language",
    "handle_assessment_form",
    "public_report_context",
    "report_context",
]

#: The name of the submit button that publishes (the other one saves a draft).
PUBLISH = "publish"
#: The name of the button that confirms the publication, on the confirmation step.
CONFIRM = "confirm"


def checklist_in_language(assessment, language=None):
    """The assessment's checklist in `language` (default: the active one), else its own."""
    language = language or translation.get_language()
    if assessment.checklist.locale.language_code == language:
        return assessment.checklist
    translated = Checklist.for_language(
        language, translation_key=assessment.checklist.translation_key
    )
    return translated or assessment.checklist


def stored_answers_as_data(assessment, sections):
    """The draft's stored answers as the form's data, to check them again before publishing."""
    data = {}
    for section in sections:
        for question in section.questions:
            note = assessment.answers.get(question.id)
            answer = answer_of(assessment.answers, question.id)
            if answer:
                data[f"answer-{question.id}"] = answer
            data[f"evidence-{question.id}"] = (
                note.get("evidence", "") if isinstance(note, dict) else ""
            )
    return data


def handle_assessment_form(request, assessment, sections):
    """(form, outcome) for an assessment's edit screen; outcome is None, "saved", "confirm"
    or "published".

    "Save draft" keeps partial answers. "Publish" needs every question answered: it saves the
    answers as a draft and asks for a confirmation ("confirm"), since a published assessment
    can no longer change; the confirmation publishes the draft as saved.
    """
    if request.method != "POST":
        return AssessmentForm(sections, answers=assessment.answers), None
    publishing = PUBLISH in request.POST
    if publishing and CONFIRM in request.POST:
        data = stored_answers_as_data(assessment, sections)
        form = AssessmentForm(sections, data=data, publishing=True)
        if not form.is_valid():
            return form, None
        assessment.publish(sections)
        return form, "published"
    form = AssessmentForm(sections, data=request.POST, publishing=publishing)
    if not form.is_valid():
        return form, None
    assessment.save_answers(form.answers(), user=request.user)
    return form, "confirm" if publishing else "saved"


def outcome_message(outcome):
    return {
        "saved": _("Draft saved. You can come back to it at any time."),
        "published": _("Assessment published."),
    }.get(outcome)


def report_context(assessment, language=None):
    """The report of an assessment: its results, evidence and the city's trend."""
    checklist = checklist_in_language(assessment, language)
    sections = sections_of(checklist)
    history = Assessment.objects.of(assessment.city, assessment.checklist).published()
    rows, chart = assessment_trend(history)
    return {
        "assessment": assessment,
        "checklist": checklist,
        "city": assessment.city,
        "results": build_results(sections, assessment.answers),
        "trend_rows": rows,
        "trend_chart": chart,
    }


def without_evidence(answers):
    """The answers alone: evidence notes are the coordinators' working notes, never public."""
    return {
        question_id: {"answer": value.get("answer")}
        for question_id, value in answers.items()
        if isinstance(value, dict)
    }


def public_report_context(city, checklist, language=None):
    """What anyone may see of a city's assessments: the latest published one's scores per
    section and the trend of every published one. No drafts, no evidence notes."""
    published = list(
        Assessment.objects.of(city, checklist).published().select_related("checklist__locale")
    )
    rows, chart = assessment_trend(published)
    latest = rows[-1] if rows else None
    context = {"latest": latest, "trend_rows": rows, "trend_chart": chart, "results": None}
    if latest is not None:
        sections = sections_of(checklist_in_language(latest, language))
        context["results"] = build_results(sections, without_evidence(latest.answers))
    return context


def assessment_pdf_response(request, assessment):
    """The assessment's report as a PDF download."""
    context = report_context(assessment)
    html = render_to_string("checklists/report_pdf.html", context, request=request)
    response = HttpResponse(
        html_to_pdf(html, stylesheets=PDF_STYLESHEETS, base_url=request.build_absolute_uri("/")),
        content_type="application/pdf",
    )
    name = slugify(f"{assessment.city.slug} {context['checklist'].slug} {assessment.assessed_on}")
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response
