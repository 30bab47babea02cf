"""The forms of the wizard's steps: one component's questions, the respondent, the review."""

from django import forms
from django.utils.translation import gettext_lazy as _

from citizenship_test.components import AGE_BANDS, KIND_SCALE, YEARS_IN_CITY_BANDS

__all__ = ["AboutYouForm", "ComponentStepForm", "ReviewForm"]


class StepForm(forms.Form):
    """Server-side validation only: browsers' own pop-ups differ and are missed by some screen
    readers, so the page shows one clear message per question instead."""

    use_required_attribute = False


class ComponentStepForm(StepForm):
    """The questions of one component: one required radio group per question."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.asked = {}
        for asked in questions:
            self.fields[asked.key] = forms.ChoiceField(
                label=asked.prompt,
                choices=asked.choices(),
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Please choose an answer to this question."),
                    "invalid_choice": _("Please choose one of the answers offered."),
                },
            )
            self.asked[asked.key] = asked

    def question_rows(self):
        """(bound field, AskedQuestion, is_scale) for the template."""
        return [(self[key], asked, asked.kind == KIND_SCALE) for key, asked in self.asked.items()]


class AboutYouForm(StepForm):
    """The optional questions about the respondent that the city turned on."""

    def __init__(self, *args, ask_age_band=False, ask_years_in_city=False, **kwargs):
        super().__init__(*args, **kwargs)
        not_saying = [("", _("I prefer not to say"))]
        if ask_age_band:
            self.fields["age_band"] = forms.ChoiceField(
                label=_("How old are you?"),
                choices=not_saying + AGE_BANDS,
                widget=forms.RadioSelect,
                required=False,
            )
        if ask_years_in_city:
            self.fields["years_in_city"] = forms.ChoiceField(
                label=_("How long have you lived in the city?"),
                choices=not_saying + YEARS_IN_CITY_BANDS,
                widget=forms.RadioSelect,
                required=False,
            )


class ReviewForm(StepForm):
    """The last step: nothing to fill in; sending it stores the completed test."""
