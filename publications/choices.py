"""Choices the publications' models and filters share."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["PublicationType"]


class PublicationType(models.TextChoices):
    """The kinds of publication the library can be filtered by."""

    POLICY_BRIEF = "policy-brief", _("Policy brief")
    THEMATIC_PAPER = "thematic-paper", _("Thematic paper")
    REPORT = "report", _("Report")
    MANUAL = "manual", _("Manual or guide")
    OTHER = "other", _("Other")
