"""A list of choices stored as JSON (portable to SQLite and PostgreSQL), edited as check boxes."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ChoiceListField"]


class ChoiceListField(models.JSONField):
    """Several values of a fixed vocabulary (`choices_list`), such as a rumour's channels."""

    def __init__(self, *args, choices_list=(), **kwargs):
        # The vocabulary lives in code (antirumours.choices), so migrations do not record it.
        self.choices_list = list(choices_list)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {key for key, _label in self.choices_list}
        if not isinstance(value, list) or any(item not in known for item in value):
            raise ValidationError(_("Choose values from the list."), code="invalid_choice")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            required=not self.blank,
            choices=self.choices_list,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, value):
        """The labels of the values in `value`, in the vocabulary's order."""
        chosen = set(value or [])
        return [label for key, label in self.choices_list if key in chosen]
