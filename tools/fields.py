"""Model fields for lists kept as JSON (portable to SQLite and PostgreSQL) with friendly forms."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tools.validators import normalise_origin, validate_origin_list


def default_languages():
    """The site's default language: a new customisation is offered in it until edited."""
    return [settings.LANGUAGE_CODE]


def validate_language_list(value):
    """Every item must be one of the content languages (settings.WAGTAIL_CONTENT_LANGUAGES)."""
    known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if not isinstance(value, list) or any(code not in known for code in value):
        raise ValidationError(_("Choose languages from the list."), code="invalid_language")


class LanguageListField(models.JSONField):
    """A list of language codes, edited as check boxes of the content languages."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            required=not self.blank,
            choices=settings.WAGTAIL_CONTENT_LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
        )


class OriginListFormField(forms.CharField):
    """One origin a line in a text area; cleaned into a list of normalised origins."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list):
            lines = value
        else:
            lines = (value or "").splitlines()
        origins = []
        errors = []
        for line in lines:
            if not line.strip():
                continue
            try:
                origin = normalise_origin(line)
            except ValidationError as error:
                errors.append(error)
                continue
            if origin not in origins:
                origins.append(origin)
        if errors:
            raise ValidationError(errors)
        return origins

    def validate(self, value):
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")


class OriginListField(models.JSONField):
    """The web origins (`https://host[:port]`) allowed to frame a tool, normalised on save."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)
        if validate_origin_list not in self.validators:
            self.validators.append(validate_origin_list)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("validators", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return OriginListFormField(
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            required=not self.blank,
        )
