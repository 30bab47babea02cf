"""Small template helpers of the checklist reports: answer labels, scores, evidence."""

from django import template
from django.utils.translation import gettext as _

from checklists.forms import ANSWER_LABELS
from checklists.scoring import score_text

register = template.Library()


@register.filter
def answer_label(answer):
    """The translated label of an answer code ("partly" → "Partly")."""
    label = ANSWER_LABELS.get(answer)
    return label if label is not None else _("Not answered")


@register.filter
def score(percent):
    """A percentage rounded for reading, or "not scored" when there is none."""
    return score_text(percent)


@register.filter
def evidence_for(evidence, question_id):
    """The evidence note recorded for a question, or ""."""
    return (evidence or {}).get(question_id, "")
