"""`{% tool_chart chart %}`: draws a chart of `tools.charts` with its legend and table."""

from django import template
from django.template.loader import render_to_string

register = template.Library()


@register.simple_tag
def tool_chart(chart):
    """The figure of `chart` (nothing when it is None)."""
    if chart is None:
        return ""
    return render_to_string("tools/charts/chart.html", {"chart": chart})
