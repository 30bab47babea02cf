"""The reporting periods of the anonymous self-check tallies (`tools.disclosure`).

Two series are published: each tool's (a customisation and its language versions, on the
coordinators' list and in the CSV export) and each city's per kind of checklist tool (the
residents' comparison with their city and the network). Every language version keeps its own
tallies and the months add them up, so deleting one version deletes part of its months: the
periods closed so far are kept first (`keep_periods_before_deleting`), and none of them moves.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum
from django.utils import timezone

from checklists.models import SelfCheckTally
from tools.disclosure import closed_block_rows

__all__ = [
    "TOOL_SERIES",
    "city_series",
    "city_months",
    "keep_periods",
    "keep_periods_before_deleting",
    "tool_months",
]

#: The series of one tool's periods (`tools.models.ReportingPeriod.scope` "<this>:<its
#: translation key>").
TOOL_SERIES = "checklists.self_check"


def city_series(content_type_id):
    """The series of each city's periods of the kind of checklist tool `content_type_id`."""
    content_type = ContentType.objects.get_for_id(content_type_id)
    return f"checklists.self_check.{content_type.app_label}.{content_type.model}"


def tool_months(translation_key):
    """The tallies of the tool `translation_key` (every language version) per month, with
    `completed`, `scored_total` and `score_total`."""
    return list(
        SelfCheckTally.objects.filter(customisation__translation_key=translation_key)
        .values("month")
        .annotate(
            completed=Sum("completions"), scored_total=Sum("scored"), score_total=Sum("score_sum")
        )
        .order_by("month")
    )


def city_months(content_type_id):
    """The tallies of the checklist tools of the kind `content_type_id`, per city (translation
    key) and month, with `scored` and `score_sum`."""
    return list(
        SelfCheckTally.objects.filter(customisation__content_type=content_type_id)
        .values("customisation__city__translation_key", "month")
        .annotate(scored=Sum("scored"), score_sum=Sum("score_sum"))
        .order_by()
    )


def keep_periods(customisation):
    """Keep the closed periods of `customisation`'s tool and of its city's tools of its kind as
    they are now (`tools.models.ReportingPeriod`)."""
    today = timezone.localdate()
    key = customisation.translation_key
    closed_block_rows(
        tool_months(key),
        today,
        group=lambda row: key,
        count="scored_total",
        series=TOOL_SERIES,
        keep=True,
    )
    closed_block_rows(
        city_months(customisation.content_type_id),
        today,
        group=lambda row: row["customisation__city__translation_key"],
        count="scored",
        series=city_series(customisation.content_type_id),
        keep=True,
    )


def keep_periods_before_deleting(sender, instance, **kwargs):
    """pre_delete of a `tools.CityTool` (a language version of a tool) that has self-check
    tallies, which go with it: `keep_periods` first."""
    if SelfCheckTally.objects.filter(customisation_id=instance.pk).exists():
        keep_periods(instance)
