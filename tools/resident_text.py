"""Text that residents send is saved without control characters (tab and newline stay).

A control character in a contribution used to reach the exports (XLSX refused it with a 500)
and the moderators' screens. Cleaning happens at the model layer, before any save of a model of
an installed tool app, so every form, wizard step and admin edit is covered at once.
"""

from django.db import models

from tools.downloads import strip_control_characters
from tools.registry import get_tool_types

__all__ = ["clean_text", "clean_text_fields", "strip_control_characters_before_save"]


def clean_text(value):
    """`value` with its line breaks as newlines and no other control character but tab."""
    return strip_control_characters(value.replace("\r\n", "\n").replace("\r", "\n"))


def clean_text_fields(instance):
    """Remove control characters (but newline and tab) from the instance's text fields, in
    place; carriage returns become newlines."""
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField):
            continue
        value = getattr(instance, field.attname)
        if isinstance(value, str):
            cleaned = clean_text(value)
            if cleaned != value:
                setattr(instance, field.attname, cleaned)


def _tool_app_labels():
    return {model._meta.app_label for model in get_tool_types()}


def strip_control_characters_before_save(sender, instance, raw=False, **kwargs):
    """`pre_save` receiver: clean the text of every model of a tool app before it is saved."""
    if raw or sender._meta.app_label not in _tool_app_labels():
        return
    clean_text_fields(instance)
