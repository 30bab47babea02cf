"""`{% tool_chart chart %}`: draws a chart of `tools.charts` with its legend and table.

In a template rendered for a PDF, set `charts_for_pdf` (`{% with charts_for_pdf=True %}`):
the charts' words (bar labels, dates along a trend) are then laid out as HTML, not as SVG
text. WeasyPrint draws SVG text one letter at a time, which leaves Arabic unjoined and its
letters in the wrong order; its HTML text is shaped and ordered like a browser's.
"""

from django import template
from django.template.loader import render_to_string

register = template.Library()


@register.simple_tag(takes_context=True)
def tool_chart(context, chart):
    """The figure of `chart` (nothing when it is None)."""
    if chart is None:
        return ""
    return render_to_string(
        "tools/charts/chart.html",
        {"chart": chart, "for_pdf": bool(context.get("charts_for_pdf"))},
    )
