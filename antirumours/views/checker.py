"""The rumour checker: pick a rumour, read the facts and arguments, say if it changed your view.

Only a counter is incremented per answer (`CheckerTally`); the signed state names the rumour,
so an answer cannot be counted for another one, and its nonce stops double counting.
"""

from django import forms
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from antirumours.checker import checker_summary, record_answer
from antirumours.choices import ANSWER_CHOICES
from antirumours.content import rumour_by_slug, rumours_for
from antirumours.views.common import render_screen, rumour_urls
from tools import disclosure
from tools.state import STATE_FIELD, ForgedState, SignedFormState, accept_submission, check_rate

__all__ = ["AnswerForm", "check", "choose"]

PURPOSE = "checker"


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Did this change your view of the rumour?"),
        choices=ANSWER_CHOICES,
        widget=forms.RadioSelect,
    )


def choose(request, customisation, mode):
    context = customisation.get_tool_context(request, mode)
    language = translation.get_language()
    context["rumours"] = rumour_urls(rumours_for(customisation.city, language), customisation, mode)
    return render_screen(request, customisation, mode, "antirumours/checker.html", context)


def check(request, customisation, mode, slug):
    context = customisation.get_tool_context(request, mode)
    rumour = rumour_by_slug(customisation.city, slug, translation.get_language())
    if rumour is None:
        raise Http404
    rumour_urls([rumour], customisation, mode)
    signer = SignedFormState(customisation, purpose=PURPOSE)
    context["rumour"] = rumour
    if request.method == "POST":
        check_rate(request)  # a one-click answer: a refusal page loses nothing
        token = request.POST.get(STATE_FIELD, "")
        state = signer.load(token)
        if (state.data or {}).get("rumour") != str(rumour.translation_key):
            raise ForgedState
        form = AnswerForm(request.POST)
        if form.is_valid():
            accept_submission(request, customisation, purpose=PURPOSE, state=state)
            record_answer(rumour, form.cleaned_data["answer"])
            counts = checker_summary(customisation.city).get(rumour.translation_key, {})
            context["answer_counts"] = [
                (label, counts.get(value, 0)) for value, label in ANSWER_CHOICES
            ]
            context["answer_total"] = sum(counts.values())
            context["min_group"] = disclosure.minimum()
            return render_screen(
                request, customisation, mode, "antirumours/checker_thanks.html", context
            )
        context.update({"form": form, "state": token})
        status = 400
    else:
        context["form"] = AnswerForm()
        context["state"] = signer.dump({"rumour": str(rumour.translation_key)})
        status = 200
    context["state_field"] = STATE_FIELD
    return render_screen(request, customisation, mode, "antirumours/check.html", context, status)
