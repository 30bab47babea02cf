"""The anonymous self-check: one section a step, scored at the end, without cookies.

It runs on the tools' shared wizard (`tools.wizard.CityToolWizard`): the answers travel in the
form as signed state, so the flow works in a cross-site iframe where no cookie arrives, and
without JavaScript. The wizard's rules are the framework's: steps in between only read the
state (a reload or "Back" shows the same answers), the last one consumes the page's and the
journey's codes, and once a self-check is finished any of its pages sent again is refused
(409). Nothing of the answers is stored: finishing adds one to the month's anonymous tally
(`SelfCheckTally`), with the overall score for an average.
"""

from collections import OrderedDict

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify

from checklists.comparison import comparisons
from checklists.forms import SectionAnswersForm
from checklists.models import Assessment, SelfCheckTally
from checklists.reports import PDF_STYLESHEETS, build_results
from checklists.scoring import ANSWERS
from checklists.structure import sections_of
from icc_site.page_cache import cached_until_publish
from tools.pdf import html_to_pdf
from tools.screens import screen_url
from tools.state import STATE_FIELD, ForgedState, SignedFormState
from tools.wizard import CityToolWizard

__all__ = ["SelfCheckWizard", "serve_results_pdf", "serve_self_check"]

STEP_PURPOSE = "self-check"
RESULTS_PURPOSE = "self-check-results"


def _clean_answers(value, sections):
    """Keep only answers to questions of these sections (a state is data, not trusted shape)."""
    known = {question.id for section in sections for question in section.questions}
    if not isinstance(value, dict):
        raise ForgedState
    return {key: answer for key, answer in value.items() if key in known and answer in ANSWERS}


def _checklist_and_sections(customisation, request):
    """(the checklist the city chose, in the language shown; its sections), kept with the
    cached pages until the next editorial change (a checklist is a snippet), so that a step of
    the self-check neither queries it nor reads its sections again. 404 when there is none."""
    language = translation.get_language()
    # Everything `get_checklist` chooses by: the city's choice (a translation key, shared by
    # every city that chose it), else the tool's kind; and the language.
    key = f"checklist:{customisation.checklist_kind}:{customisation.checklist or ''}:{language}"

    def read():
        checklist = customisation.get_checklist(language)
        return checklist, (sections_of(checklist) if checklist is not None else [])

    checklist, sections = cached_until_publish(key, read, request)
    if checklist is None:
        raise Http404
    return checklist, sections


def _published_url(customisation, mode, checklist):
    """The link to the city's published assessments, or None while there is none to show."""
    if not Assessment.objects.of(customisation.city, checklist).published().exists():
        return None
    return screen_url(customisation, "published", embed=mode)


class SelfCheckWizard(CityToolWizard):
    """The self-check of one city's checklist, a step per section. Built by
    `serve_self_check()`, which gives it the checklist and its sections."""

    template_name = "checklists/self_check.html"
    state_purpose = STEP_PURPOSE
    prefix_name = "self_check"
    # No review page: the last section's "See the results" ends the self-check.
    review_step = None
    # formtools wants a class-level form list; the real one is built from the sections.
    form_list = [("1", SectionAnswersForm)]
    checklist = None
    sections = ()

    def prepare(self, request):
        # A step per section, named by its number (the fields keep the questions' ids).
        self.form_list = OrderedDict(
            (str(number), SectionAnswersForm) for number in range(1, len(self.sections) + 1)
        )

    def section_of(self, step):
        return self.sections[int(step) - 1]

    def get_form_prefix(self, step=None, form=None):
        return None  # question ids are unique in a checklist: fields are named by them

    def get_form_kwargs(self, step=None):
        return {"section": self.section_of(step or self.steps.current)}

    def get_form_initial(self, step):
        """What the resident chose on this step before (kept by "Back")."""
        data = self.storage.get_step_data(step) or {}
        return {
            question.id: data.get(question.id)
            for question in self.section_of(step).questions
            if data.get(question.id) in ANSWERS
        }

    # A step the resident comes back or moves on to shows its earlier choices as choices,
    # not as a sent form with errors (as before the shared wizard).
    def render_goto_step(self, goto_step, **kwargs):
        self.storage.current_step = goto_step
        return self.render(self.get_form(goto_step), **kwargs)

    def render_next_step(self, form, **kwargs):
        next_step = self.steps.next
        new_form = self.get_form(next_step)
        self.storage.current_step = next_step
        return self.render(new_form, **kwargs)

    def form_action(self):
        return screen_url(self.customisation, "start", embed=self.mode)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(self.customisation.get_tool_context(self.request, self.mode))
        context.update(self.wizard_context())
        first = context["step_number"] == 1
        context.update(
            checklist=self.checklist,
            section=form.section,
            is_last_step=context["step_number"] == context["step_count"],
            question_count=sum(len(s.questions) for s in self.sections),
            # Only on the first step, where the introduction is.
            published_url=_published_url(self.customisation, self.mode, self.checklist)
            if first
            else None,
        )
        return context

    def done(self, form_list, form_dict=None, **kwargs):
        answers = {}
        for form in form_list:
            answers.update(form.answers())
        results = build_results(self.sections, answers)
        # Consumes the page's and the journey's codes with the tally counted: one count per
        # self-check, however its pages are sent again.
        with self.finish():
            SelfCheckTally.record(self.customisation, results.overall)
        context = self.customisation.get_tool_context(self.request, self.mode)
        context.update(
            checklist=self.checklist,
            results=results,
            state_field=STATE_FIELD,
            # The PDF form carries the answers again, signed; a PDF can be fetched more than
            # once.
            results_state=SignedFormState(self.customisation, purpose=RESULTS_PURPOSE).dump(
                {"a": answers}
            ),
            published_url=_published_url(self.customisation, self.mode, self.checklist),
            comparisons=comparisons(self.customisation, results.overall_rounded),
        )
        return TemplateResponse(self.request, "checklists/self_check_results.html", context)


def serve_self_check(request, customisation, mode):
    """GET: the first section. POST: record a section's answers, then the next or the results."""
    checklist, sections = _checklist_and_sections(customisation, request)
    if not sections:
        raise Http404
    view = SelfCheckWizard.as_view(
        customisation=customisation, mode=mode, checklist=checklist, sections=sections
    )
    return view(request)


def serve_results_pdf(request, customisation, mode):
    """The self-check's results as a PDF, from the signed answers posted by the results page.

    The token is verified but not consumed, so the download can be repeated; the framework
    has already checked the request's origin.
    """
    if request.method != "POST":
        raise Http404
    checklist, sections = _checklist_and_sections(customisation, request)
    state = SignedFormState(customisation, purpose=RESULTS_PURPOSE).load(
        request.POST.get(STATE_FIELD)
    )
    data = state.data if isinstance(state.data, dict) else {}
    answers = _clean_answers(data.get("a", {}), sections)
    html = render_to_string(
        "checklists/report_pdf.html",
        {
            "customisation": customisation,
            "city": customisation.city,
            "checklist": checklist,
            "results": build_results(sections, answers),
            "is_self_check": True,
        },
        request=request,
    )
    response = HttpResponse(
        html_to_pdf(html, stylesheets=PDF_STYLESHEETS, base_url=request.build_absolute_uri("/")),
        content_type="application/pdf",
    )
    filename = f"{slugify(checklist.title) or 'checklist'}-{customisation.get_city_slug()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
