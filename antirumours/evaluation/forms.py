"""The evaluation form: a level and the evidence for each criterion, grouped by element."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from antirumours.evaluation.criteria import ELEMENTS, LEVELS

__all__ = ["EVIDENCE_MAX_LENGTH", "EvaluationForm", "NewEvaluationForm"]

EVIDENCE_MAX_LENGTH = 1000


class NewEvaluationForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2008, max_value=2100)

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year > timezone.localdate().year + 1:
            raise forms.ValidationError(_("Choose this year or a past one."))
        return year


class EvaluationForm(forms.Form):
    """One radio group (the level) and one text area (the evidence) per criterion."""

    def __init__(self, *args, evaluation, **kwargs):
        super().__init__(*args, **kwargs)
        self.evaluation = evaluation
        for element in ELEMENTS:
            for item in element.criteria:
                self.fields[f"level-{item.code}"] = forms.TypedChoiceField(
                    label=item.text,
                    choices=LEVELS,
                    coerce=int,
                    widget=forms.RadioSelect,
                    initial=evaluation.answers.get(item.code),
                )
                self.fields[f"evidence-{item.code}"] = forms.CharField(
                    label=_("Evidence"),
                    help_text=item.evidence_hint,
                    required=False,
                    max_length=EVIDENCE_MAX_LENGTH,
                    widget=forms.Textarea(attrs={"rows": 2}),
                    initial=evaluation.evidence.get(item.code, ""),
                )
        self.fields["completed"] = forms.BooleanField(
            label=_("This evaluation is complete"),
            help_text=_("Completed evaluations count for the trend and the recognition badge."),
            required=False,
            initial=evaluation.completed,
        )

    def groups(self):
        """(element, [(level field, evidence field)]) for the template."""
        return [
            (
                element,
                [
                    (self[f"level-{item.code}"], self[f"evidence-{item.code}"])
                    for item in element.criteria
                ],
            )
            for element in ELEMENTS
        ]

    def save(self):
        data = self.cleaned_data
        evaluation = self.evaluation
        codes = [item.code for element in ELEMENTS for item in element.criteria]
        evaluation.answers = {code: data[f"level-{code}"] for code in codes}
        evaluation.evidence = {
            code: data[f"evidence-{code}"].strip()
            for code in codes
            if data[f"evidence-{code}"].strip()
        }
        evaluation.completed = data["completed"]
        evaluation.save()
        return evaluation
