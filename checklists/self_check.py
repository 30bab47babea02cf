"""The anonymous self-check: one section a step, scored at the end, without cookies.

The answers travel in the form as signed state (`tools.state`), so the flow works in a
cross-site iframe where no cookie arrives, and without JavaScript. Each step's token is
accepted once (a replayed step is refused). Nothing of the answers is stored: finishing adds
one to the month's anonymous tally (`SelfCheckTally`), with the overall score for an average.
"""

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify

from checklists.forms import SectionAnswersForm
from checklists.models import Assessment, SelfCheckTally
from checklists.pdf import html_to_pdf
from checklists.reports import build_results
from checklists.scoring import ANSWERS
from checklists.structure import sections_of
from tools.screen_cache import render_shared
from tools.screens import screen_url
from tools.state import (
    STATE_FIELD,
    ForgedState,
    SignedFormState,
    StateRefused,
    accept_submission,
    shown_again,
)

__all__ = ["serve_results_pdf", "serve_self_check"]

STEP_PURPOSE = "self-check"
RESULTS_PURPOSE = "self-check-results"


def _clean_answers(value, sections):
    """Keep only answers to questions of these sections (a state is data, not trusted shape)."""
    known = {question.id for section in sections for question in section.questions}
    if not isinstance(value, dict):
        raise ForgedState
    return {key: answer for key, answer in value.items() if key in known and answer in ANSWERS}


def _checklist_and_sections(customisation):
    checklist = customisation.get_checklist(translation.get_language())
    if checklist is None:
        raise Http404
    return checklist, sections_of(checklist)


def _published_url(customisation, request, mode, checklist):
    """The link to the city's published assessments, or None while there is none to show."""
    if not Assessment.objects.of(customisation.city, checklist).published().exists():
        return None
    return screen_url(customisation, "published", embed=mode)


def _render_step(
    customisation,
    request,
    mode,
    checklist,
    sections,
    step,
    answers,
    form=None,
    refusal_message=None,
):
    section = sections[step]
    fresh = form is None and refusal_message is None
    if form is None:
        initial = {q.id: answers[q.id] for q in section.questions if q.id in answers}
        form = SectionAnswersForm(section, initial=initial)
    state = SignedFormState(customisation, purpose=STEP_PURPOSE).dump({"s": step, "a": answers})

    def context():
        context = customisation.get_tool_context(request, mode)
        context.update(
            checklist=checklist,
            section=section,
            form=form,
            step_number=step + 1,
            step_count=len(sections),
            is_last_step=step == len(sections) - 1,
            state_field=STATE_FIELD,
            question_count=sum(len(s.questions) for s in sections),
            # Only on the first step, where the introduction is.
            published_url=_published_url(customisation, request, mode, checklist)
            if step == 0
            else None,
            refusal_message=refusal_message,
        )
        return context

    if fresh and not form.initial:
        # A step before any answer on it: the same page for everyone but its signed state.
        key = f"self-check:{customisation.pk}:{translation.get_language()}:{mode}:{step}"
        return render_shared(request, customisation.embed_template, context, key, {"state": state})
    return TemplateResponse(request, customisation.embed_template, {**context(), "state": state})


def _render_results(customisation, request, mode, checklist, sections, answers):
    results = build_results(sections, answers)
    SelfCheckTally.record(customisation, results.overall)
    context = customisation.get_tool_context(request, mode)
    context.update(
        checklist=checklist,
        results=results,
        state_field=STATE_FIELD,
        # The PDF form carries the answers again, signed; a PDF can be fetched more than once.
        results_state=SignedFormState(customisation, purpose=RESULTS_PURPOSE).dump({"a": answers}),
        published_url=_published_url(customisation, request, mode, checklist),
    )
    return TemplateResponse(request, "checklists/self_check_results.html", context)


def serve_self_check(request, customisation, mode):
    """GET: the first section. POST: record a section's answers, then the next or the results."""
    checklist, sections = _checklist_and_sections(customisation)
    if not sections:
        raise Http404
    if request.method != "POST":
        return _render_step(customisation, request, mode, checklist, sections, 0, {})

    try:
        state = accept_submission(request, customisation, purpose=STEP_PURPOSE)
    except StateRefused as refusal:
        if not refusal.keeps_answers:
            raise
        return _step_shown_again(customisation, request, mode, checklist, sections, refusal)
    data = state.data if isinstance(state.data, dict) else {}
    step = data.get("s")
    if not isinstance(step, int) or not 0 <= step < len(sections):
        raise ForgedState
    answers = _clean_answers(data.get("a", {}), sections)
    form = SectionAnswersForm(sections[step], data=request.POST)

    if "back" in request.POST:
        # Going back keeps whatever was chosen on this step, complete or not.
        answers.update(form.chosen_answers())
        previous = max(step - 1, 0)
        return _render_step(customisation, request, mode, checklist, sections, previous, answers)
    if not form.is_valid():
        return _render_step(customisation, request, mode, checklist, sections, step, answers, form)
    answers.update(form.answers())
    if step + 1 < len(sections):
        return _render_step(customisation, request, mode, checklist, sections, step + 1, answers)
    return _render_results(customisation, request, mode, checklist, sections, answers)


def _step_shown_again(customisation, request, mode, checklist, sections, refusal):
    """The step that was sent, with its answers and the refusal's message (sent too fast,
    expired, ...), and a fresh state: nothing the resident chose is lost."""
    state = SignedFormState(customisation, purpose=STEP_PURPOSE).load(
        request.POST.get(STATE_FIELD), check_age=False
    )
    data = state.data if isinstance(state.data, dict) else {}
    step = data.get("s")
    if not isinstance(step, int) or not 0 <= step < len(sections):
        raise ForgedState
    answers = _clean_answers(data.get("a", {}), sections)
    form = SectionAnswersForm(sections[step], data=request.POST)
    response = _render_step(
        customisation,
        request,
        mode,
        checklist,
        sections,
        step,
        answers,
        form,
        refusal_message=refusal.message_with_answers,
    )
    return shown_again(response, refusal)


def serve_results_pdf(request, customisation, mode):
    """The self-check's results as a PDF, from the signed answers posted by the results page.

    The token is verified but not consumed, so the download can be repeated; the framework
    has already checked the request's origin.
    """
    if request.method != "POST":
        raise Http404
    checklist, sections = _checklist_and_sections(customisation)
    state = SignedFormState(customisation, purpose=RESULTS_PURPOSE).load(
        request.POST.get(STATE_FIELD)
    )
    data = state.data if isinstance(state.data, dict) else {}
    answers = _clean_answers(data.get("a", {}), sections)
    html = render_to_string(
        "checklists/report_pdf.html",
        {
            "tool": customisation,
            "city": customisation.city,
            "checklist": checklist,
            "results": build_results(sections, answers),
            "is_self_check": True,
        },
        request=request,
    )
    response = HttpResponse(
        html_to_pdf(html, base_url=request.build_absolute_uri("/")),
        content_type="application/pdf",
    )
    filename = f"{slugify(checklist.title) or 'checklist'}-{customisation.get_city_slug()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
