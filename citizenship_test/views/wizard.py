"""The test as a multi-step form: django-formtools' WizardView with cookieless storage.

Steps: one per component asked (in the city's order), then "about-you" when the city asks
the optional questions, then "review". The state travels in a signed hidden field
(`citizenship_test.wizard_storage`), never in a cookie; the last POST consumes the state's
nonce (`tools.state.accept_submission`) and stores one anonymous `Completion`.

Started from a group session's link (`views.events`), the session's code travels in the same
signed state, and the `Completion` is linked to the session if it is still open when sent.
"""

from collections import OrderedDict

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from formtools.wizard.views import StepsHelper

from citizenship_test.components import COMPONENTS
from citizenship_test.forms import AboutYouForm, ComponentStepForm, ReviewForm
from citizenship_test.models import AnswerCount, Completion, EventSession
from citizenship_test.results import results_token
from citizenship_test.scoring import answer_fraction, score_answers
from citizenship_test.views.common import questionnaire_for
from citizenship_test.wizard_storage import CitizenshipWizardStorage
from tools.screens import screen_url
from tools.state import SignedFormState
from tools.wizard import CityToolWizard, see_other

__all__ = [
    "ABOUT_YOU",
    "REVIEW",
    "STATE_PURPOSE",
    "CitizenshipTestWizard",
    "preview_step",
    "run_wizard",
]

#: Purpose of the signed wizard state (part of its salt, see tools.state).
STATE_PURPOSE = "citizenship-test-wizard"
ABOUT_YOU = "about-you"
REVIEW = "review"


class CitizenshipTestWizard(CityToolWizard):
    """The wizard of one city's test. Built per request by `run_wizard()`."""

    template_name = "citizenship_test/wizard.html"
    state_purpose = STATE_PURPOSE
    # formtools insists on a form list at class level; the real one depends on the city's
    # test and is built in get_form_list().
    form_list = [("placeholder", ReviewForm)]
    prefix_name = "wizard"
    storage_class = CitizenshipWizardStorage
    review_step = REVIEW
    #: The group session whose link started the wizard (GET only; later steps read the code
    #: from the signed state).
    event_session = None

    def prepare(self, request):
        self.questionnaire = questionnaire_for(self.customisation, request)
        if self.event_session is not None and request.method == "GET":
            self.storage.event_code = self.event_session.code

    # --- Steps ---
    def get_form_list(self):
        steps = OrderedDict(
            (component, ComponentStepForm) for component in self.questionnaire.components()
        )
        if self.customisation.ask_age_band or self.customisation.ask_years_in_city:
            steps[ABOUT_YOU] = AboutYouForm
        steps[REVIEW] = ReviewForm
        # WizardView.post() clears these caches after a valid step.
        self._resolved_form_list = steps
        self._cache_signature = None
        return OrderedDict(steps)

    def get_form_kwargs(self, step=None):
        if step in COMPONENTS:
            return {"questions": self.questionnaire.for_component(step)}
        if step == ABOUT_YOU:
            return {
                "ask_age_band": self.customisation.ask_age_band,
                "ask_years_in_city": self.customisation.ask_years_in_city,
            }
        return {}

    # --- Rendering ---
    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(self.customisation.get_tool_context(self.request, self.mode))
        context.update(self.wizard_context())
        current = self.steps.current
        context.update(
            {
                "is_review": current == REVIEW,
                "question_count": len(self.questionnaire),
                "event_code": self.storage.event_code,
            }
        )
        if current == REVIEW:
            context["review"] = self.review_rows()
        return context

    def form_action(self):
        return screen_url(self.customisation, "start", embed=self.mode)

    def shared_page_variant(self):
        # A group session's pages name its code: those are rendered for each request.
        return None if self.storage.event_code else ""

    def step_title(self, step):
        if step == ABOUT_YOU:
            return _("About you")
        if step == REVIEW:
            return _("Check and send")
        return dict(
            (component, label) for component, label, _q in self.questionnaire.by_component()
        ).get(step, step)

    def review_rows(self):
        """Every answer given so far, per step, for the review page."""
        rows = []
        for component, label, questions in self.questionnaire.by_component():
            data = self.storage.get_step_data(component) or {}
            answers = [
                (asked.prompt, asked.answer_label(data.get(f"{component}-{asked.key}", "")))
                for asked in questions
            ]
            rows.append({"step": component, "title": label, "answers": answers})
        if ABOUT_YOU in self.get_form_list():
            form = self.get_form(step=ABOUT_YOU, data=self.storage.get_step_data(ABOUT_YOU))
            answers = []
            for name, field in form.fields.items():
                value = (self.storage.get_step_data(ABOUT_YOU) or {}).get(f"{ABOUT_YOU}-{name}", "")
                answers.append((field.label, dict(field.choices).get(value, "")))
            rows.append({"step": ABOUT_YOU, "title": _("About you"), "answers": answers})
        return rows

    # --- The end ---
    def open_event_session(self):
        """The group session named in the signed state, if it still accepts answers.

        An answer sent after the facilitator closed the session still counts for the city, but
        no longer changes the group's figures that were discussed.
        """
        code = self.storage.event_code
        if not code:
            return None
        return (
            EventSession.objects.open()
            .filter(code=code, test__city__translation_key=self.customisation.city.translation_key)
            .only("pk")
            .first()
        )

    def counted_answers(self, answers):
        """{question key: answer} of the questions answered with a valid answer, each answer
        under its option's stable id (see `Question.counted_choices`), not its position."""
        counted = {}
        for asked in self.questionnaire.questions:
            value = answers.get(asked.key)
            if answer_fraction(asked.scoring(), value) is not None:
                key = asked.question.counted_answer(str(int(value)))
                if key is not None:
                    counted[asked.key] = key
        return counted

    def done(self, form_list, form_dict=None, **kwargs):
        answers = {}
        for component in self.questionnaire.components():
            answers.update(form_dict[component].cleaned_data)
        about = form_dict.get(ABOUT_YOU)
        about = about.cleaned_data if about is not None else {}
        scores = score_answers(self.questionnaire.scoring_questions(), answers)
        session = self.open_event_session()
        # Consumes the page's and the journey's codes with the completion stored: the same
        # journey is completed once (ReplayedState), however its pages are sent again.
        with self.finish() as state:
            Completion.record(
                self.customisation,
                translation.get_language(),
                scores,
                token=state.nonce,
                age_band=about.get("age_band", ""),
                years_in_city=about.get("years_in_city", ""),
                event_session=session,
            )
            # How each question was answered, as counters only (see AnswerCount).
            AnswerCount.add_answers(
                self.customisation,
                self.counted_answers(answers),
                timezone.localdate(),
                event_session=session,
            )
        token = results_token(self.customisation, scores)
        return see_other(screen_url(self.customisation, "results", embed=self.mode, token=token))


def run_wizard(request, customisation, mode, event_session=None):
    """Serve the wizard of `customisation` ("embed" or "page"), optionally for a session."""
    view = CitizenshipTestWizard.as_view(
        customisation=customisation, mode=mode, event_session=event_session
    )
    return view(request)


def preview_step(request, customisation, number):
    """The wizard's step `number` (from 1) of `customisation` as a resident sees it first, for
    the admin's preview: nothing answered, nothing stored, a form that only shows."""
    view = CitizenshipTestWizard(
        **CitizenshipTestWizard.get_initkwargs(customisation=customisation, mode="embed")
    )
    view.setup(request)
    view.prefix = view.get_prefix(request)
    view.file_storage = None
    signer = SignedFormState(customisation, purpose=STATE_PURPOSE)
    view.storage = view.storage_class(view.prefix, None, file_storage=None, signer=signer)
    view.prepare(request)
    view.steps = StepsHelper(view)
    steps = list(view.get_form_list())
    step = steps[max(1, min(number, len(steps))) - 1]
    view.storage.current_step = step
    return view.render(view.get_form(step=step))
