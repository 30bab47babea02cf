"""The agents' online course: lessons, the quiz, the certificate and its verification.

The quiz and the certificate form are the two steps of one of the framework's cookieless
wizards (`tools.wizard.CityToolWizard`): the quiz's answers travel to the certificate step in
the signed state, so its score cannot be forged; the certificate step is there only when those
answers pass; and issuing the certificate consumes the journey's code, so each passed quiz
gives one certificate, however its pages are sent again. A failed quiz ends on its results.
"""

from django import forms
from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from antirumours.certificates import UNKNOWN, Verification, issue_code, same_name, verify_code
from antirumours.course import lessons_for, mark_quiz, quiz_for
from antirumours.models import Certificate
from antirumours.models.common import of_city
from antirumours.views.common import render_screen
from tools.screens import screen_url
from tools.wizard import CityToolWizard

__all__ = ["CourseWizard", "issue_certificate", "lessons", "quiz", "verify"]

#: Purpose of the signed wizard state (part of its salt); its lifetime is declared on the tool
#: (`AntiRumourStrategy.form_max_ages`), where the framework's memory of used codes reads it.
STATE_PURPOSE = "course"
QUIZ, CERTIFICATE = "quiz", "certificate"


class QuizForm(forms.Form):
    """One required choice a question, named `q0`, `q1`, ... by the question's position."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for index, question in enumerate(questions):
            self.fields[f"q{index}"] = forms.ChoiceField(
                choices=[(str(n), text) for n, (text, _correct) in enumerate(question.options)]
            )


class CertificateForm(forms.Form):
    name = forms.CharField(
        label=_("Name on the certificate (optional)"),
        help_text=_("Only this name is stored with the certificate. Leave it empty if you wish."),
        required=False,
        max_length=80,
    )


def issue_certificate(city, score, name=""):
    """Create a certificate with a fresh code (a new one in the rare case of a clash)."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    city=city, code=issue_code(), score=score, name=name.strip()
                )
        except IntegrityError:
            continue
    raise RuntimeError("Could not find a free certificate code.")


def lessons(request, customisation, mode):
    context = {"lessons": lessons_for(customisation), "pass_mark": customisation.pass_mark}
    return render_screen(request, customisation, mode, "antirumours/course.html", context)


def _quiz_passed(wizard):
    """Whether the quiz answers kept in the state pass (the certificate step's condition)."""
    return wizard.quiz_result().score >= wizard.customisation.pass_mark


class CourseWizard(CityToolWizard):
    """The quiz, then, once passed, the certificate form. Built by `quiz()`."""

    state_purpose = STATE_PURPOSE
    prefix_name = "course"
    form_list = [(QUIZ, QuizForm), (CERTIFICATE, CertificateForm)]
    condition_dict = {CERTIFICATE: _quiz_passed}
    # The certificate step is the last: it is only ever sent whole.
    review_step = CERTIFICATE
    step_templates = {QUIZ: "antirumours/quiz.html", CERTIFICATE: "antirumours/quiz_result.html"}

    def prepare(self, request):
        self.questions = quiz_for(self.customisation)

    def quiz_result(self, data=None):
        """The quiz marked on `data`, or on the answers kept in the state."""
        if data is None:
            data = self.storage.get_step_data(QUIZ) or {}
        return mark_quiz(self.questions, data)

    def get_form_prefix(self, step=None, form=None):
        return None  # the fields keep their names: q0, q1, ... and name

    def get_form_kwargs(self, step=None):
        return {"questions": self.questions} if (step or self.steps.current) == QUIZ else {}

    def get_template_names(self):
        return [self.step_templates[self.steps.current]]

    def form_action(self):
        return screen_url(self.customisation, "quiz", embed=self.mode)

    def screen_context(self, template):
        """The framework's shell of a screen, as `render_screen()` gives it."""
        context = self.customisation.get_tool_context(self.request, self.mode)
        context["current_screen"] = template.rsplit("/", 1)[-1].removesuffix(".html")
        return context

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(self.screen_context(self.step_templates[self.steps.current]))
        context.update(self.wizard_context())
        context["pass_mark"] = self.customisation.pass_mark
        if self.steps.current == QUIZ:
            # What was ticked, shown again when the quiz is incomplete or refused for a while.
            chosen = self.quiz_result(form.data).marked if form.is_bound else ()
            context["items"] = [
                (index, question, chosen[index].chosen if chosen else None)
                for index, question in enumerate(self.questions)
            ]
            context["incomplete"] = form.is_bound and bool(form.errors)
        else:
            context.update(result=self.quiz_result(), passed=True, certificate_form=form)
        return context

    def render(self, form=None, **kwargs):
        response = super().render(form, **kwargs)
        if form is not None and form.is_bound and form.errors:
            response.status_code = 400  # an incomplete quiz, a name too long
        return response

    def done(self, form_list, form_dict=None, **kwargs):
        result = self.quiz_result()
        if CERTIFICATE not in form_dict:
            # A failed quiz ends on its results: nothing is stored, no code is spent.
            template = "antirumours/quiz_result.html"
            context = self.screen_context(template)
            context.update(result=result, passed=False)
            return TemplateResponse(self.request, template, context)
        # Consumes the page's and the journey's codes with the certificate stored: one
        # certificate a passed quiz.
        with self.finish():
            issued = issue_certificate(
                self.customisation.city, result.score, form_dict[CERTIFICATE].cleaned_data["name"]
            )
        template = "antirumours/certificate.html"
        context = self.screen_context(template)
        context["certificate"] = issued
        return TemplateResponse(self.request, template, context)


def quiz(request, customisation, mode):
    """GET: the quiz. POST: its results, with the certificate form once passed; then the
    certificate."""
    return CourseWizard.as_view(customisation=customisation, mode=mode)(request)


def verify(request, customisation, mode):
    """Check a certificate by its code and the holder's name, as the verifier has them.

    A code alone never reveals the name stored with it: a certificate with a name is valid
    only with that name (the page then repeats the name the verifier typed), and a wrong name
    gets the same answer as an unknown code, so nobody learns whether the code exists. A
    certificate issued without a name is valid with its code alone, and says it carries none.
    """
    code = request.GET.get("code", "").strip()[:40]
    name = request.GET.get("name", "").strip()[:80]
    context = {"code": code, "name": name, "verification": None}
    if code:
        verification = verify_code(code, of_city(Certificate.objects.all(), customisation.city))
        certificate = verification.certificate
        if certificate is not None and certificate.name and not same_name(name, certificate.name):
            verification = Verification(UNKNOWN)
        context["verification"] = verification
    return render_screen(request, customisation, mode, "antirumours/verify.html", context)
