"""The agents' online course: lessons, the quiz, the certificate and its verification.

The quiz and the certificate forms are cookieless (tools.state). The quiz score travels to
the certificate form inside the signed state, so it cannot be forged, and the nonce lets each
passed quiz issue one certificate only.
"""

from django import forms
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from antirumours.certificates import UNKNOWN, Verification, issue_code, same_name, verify_code
from antirumours.course import lessons_for, mark_quiz, quiz_for
from antirumours.models import Certificate
from antirumours.models.common import of_city
from antirumours.views.common import render_screen
from tools.state import (
    STATE_FIELD,
    ExpiredState,
    SignedFormState,
    StateRefused,
    accept_submission,
    check_rate,
    new_journey,
    shown_again,
    submission_once,
)

__all__ = ["certificate", "issue_certificate", "lessons", "quiz", "verify"]

# Their lifetimes are declared on the tool (`AntiRumourStrategy.form_max_ages`), where the
# framework's memory of used form codes reads them.
QUIZ, CERTIFICATE = "quiz", "certificate"


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


def quiz(request, customisation, mode):
    questions = quiz_for(customisation)
    signer = SignedFormState(customisation, purpose=QUIZ)
    context = {
        "items": [(index, question, None) for index, question in enumerate(questions)],
        "state_field": STATE_FIELD,
        "pass_mark": customisation.pass_mark,
    }
    if request.method != "POST":
        context["state"] = signer.dump({})
        return render_screen(request, customisation, mode, "antirumours/quiz.html", context)
    token = request.POST.get(STATE_FIELD, "")
    result = mark_quiz(questions, request.POST)
    # What was ticked, shown again when the quiz is incomplete or refused for a while.
    ticked = [(index, item.question, item.chosen) for index, item in enumerate(result.marked)]
    try:
        check_rate(request)
        state = signer.load(token)
        if any(item.chosen is None for item in result.marked):
            # Keep what was ticked, so the resident only adds the missing answers.
            context.update({"items": ticked, "state": token, "incomplete": True})
            return render_screen(
                request, customisation, mode, "antirumours/quiz.html", context, 400
            )
        accept_submission(request, customisation, purpose=QUIZ, state=state)
    except StateRefused as refusal:
        if not refusal.keeps_answers:
            raise
        context.update(
            {
                "items": ticked,
                "state": signer.dump({}),
                "refusal_message": refusal.message_with_answers,
            }
        )
        response = render_screen(request, customisation, mode, "antirumours/quiz.html", context)
        return shown_again(response, refusal)
    passed = result.score >= customisation.pass_mark
    context.update({"result": result, "passed": passed})
    if passed:
        certificate_signer = SignedFormState(customisation, purpose=CERTIFICATE)
        # The journey's code makes the passed quiz worth one certificate, however many times
        # its form is shown again.
        context["certificate_state"] = certificate_signer.dump(
            {"score": result.score, "journey": new_journey()}
        )
        context["certificate_form"] = CertificateForm()
    return render_screen(request, customisation, mode, "antirumours/quiz_result.html", context)


def certificate(request, customisation, mode):
    signer = SignedFormState(customisation, purpose=CERTIFICATE)
    token = request.POST.get(STATE_FIELD, "")
    form = CertificateForm(request.POST)
    context = {"certificate_form": form, "state_field": STATE_FIELD, "passed": True}
    try:
        check_rate(request)
        loaded = signer.load(token)
        journey = (loaded.data or {}).get("journey")
        if not form.is_valid():
            context["certificate_state"] = token
            return render_screen(
                request, customisation, mode, "antirumours/quiz_result.html", context, 400
            )
        with submission_once(
            request, customisation, purpose=CERTIFICATE, journey=journey, state=loaded
        ) as state:
            issued = issue_certificate(
                customisation.city, int(state.data["score"]), form.cleaned_data["name"]
            )
    except StateRefused as refusal:
        # An expired certificate form is not renewed: its score would outlive the memory of
        # the certificates it gave.
        if not refusal.keeps_answers or isinstance(refusal, ExpiredState):
            raise
        # A fresh form for the same (verified) score and journey, the name kept.
        data = signer.load(token).data
        context.update(
            {
                "certificate_state": signer.dump(data),
                "refusal_message": refusal.message_with_answers,
            }
        )
        response = render_screen(
            request, customisation, mode, "antirumours/quiz_result.html", context
        )
        return shown_again(response, refusal)
    return render_screen(
        request, customisation, mode, "antirumours/certificate.html", {"certificate": issued}
    )


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
