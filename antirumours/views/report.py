"""The anonymous report form: a resident tells which rumour they heard.

Cookieless (tools.state): the form carries a signed state whose nonce is consumed when a
valid report is saved, so the same form cannot be sent twice. A form sent too fast, too late,
over the rate limit or while the database is busy comes back with its text in place and a fresh
state. Nothing that identifies the resident is stored (see `RumourReport`).
"""

import re

from django import forms
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from antirumours.choices import CHANNEL_CHOICES, FREQUENCY_CHOICES
from antirumours.models import RumourReport
from antirumours.models.reports import REPORT_MAX_LENGTH
from antirumours.views.common import render_screen
from tools.state import (
    STATE_FIELD,
    SignedFormState,
    StateRefused,
    check_rate,
    shown_again,
    submission_once,
)

__all__ = ["ReportForm", "report", "save_report"]

PURPOSE = "report"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def tidy(text):
    """Remove control characters and runs of blank lines from a resident's text."""
    text = _CONTROL.sub("", text or "").strip()
    return re.sub(r"\n{3,}", "\n\n", text)


class ReportForm(forms.Form):
    text = forms.CharField(
        label=_("What did you hear?"),
        help_text=_(
            "Write the rumour in your own words (at most 500 characters). Do not write names, "
            "addresses or anything that could identify a person."
        ),
        min_length=10,
        max_length=REPORT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": REPORT_MAX_LENGTH}),
    )
    channel = forms.ChoiceField(
        label=_("Where did you hear it?"),
        choices=[("", _("I would rather not say")), *CHANNEL_CHOICES],
        required=False,
    )
    frequency = forms.ChoiceField(
        label=_("How often have you heard it?"),
        choices=[("", _("I would rather not say")), *FREQUENCY_CHOICES],
        required=False,
    )
    target = forms.CharField(
        label=_("Which group was it about?"),
        required=False,
        max_length=120,
        help_text=_("Optional, for example “newcomers” or “young people”."),
    )

    def clean_text(self):
        return tidy(self.cleaned_data["text"])

    def clean_target(self):
        return tidy(self.cleaned_data["target"])


def save_report(city, data, language):
    """Store a report for moderation: its answers, the language and the month; nothing else."""
    return RumourReport.objects.create(
        city=city,
        text=data["text"],
        channel=data["channel"],
        frequency=data["frequency"],
        target=data["target"],
        language=language,
    )


def report(request, customisation, mode):
    if not customisation.report_form_enabled:
        raise Http404
    signer = SignedFormState(customisation, purpose=PURPOSE)
    if request.method == "POST":
        token = request.POST.get(STATE_FIELD, "")
        form = ReportForm(request.POST)
        try:
            check_rate(request)
            # A forged form is refused before anything else; its state is verified once.
            form_state = signer.load(token)
            if form.is_valid():
                with submission_once(request, customisation, purpose=PURPOSE, state=form_state):
                    save_report(customisation.city, form.cleaned_data, translation.get_language())
                return render_screen(request, customisation, mode, "antirumours/report_thanks.html")
        except StateRefused as refusal:
            if not refusal.keeps_answers:
                raise
            context = {
                "form": form,
                "state": signer.dump({}),
                "state_field": STATE_FIELD,
                "refusal_message": refusal.message_with_answers,
            }
            return shown_again(
                render_screen(request, customisation, mode, "antirumours/report.html", context),
                refusal,
            )
        # Not yet accepted: the same state may be sent again once the errors are fixed.
        state = token
    else:
        form = ReportForm()
        state = signer.dump({})
    context = {"form": form, "state": state, "state_field": STATE_FIELD}
    status = 400 if form.is_bound else 200
    return render_screen(request, customisation, mode, "antirumours/report.html", context, status)
