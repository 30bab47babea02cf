"""The public screens of a city's Index (`InterculturalIndex.screens`, routed by the tools
framework under /<lang>/embed/intercultural-index/<city>/ and
/<lang>/tools/intercultural-index/<city>/):

- ""             the city's published results, as infographics
- "report/"      the same results as a printable report, with every indicator
- "report.pdf"   that report as a PDF

Results are shown only when the city publishes them (`publish_results`) and only for rounds it
published; otherwise the page says that there is nothing published yet.
"""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation

from icc_site.page_cache import cached_until_publish
from intercultural_index.charts import results_charts
from intercultural_index.results import city_results
from tools.pdf import html_to_pdf
from tools.screens import screen_url

__all__ = ["report", "report_pdf", "results", "results_context"]

PDF_STYLESHEETS = ("tools/charts.css", "intercultural_index/index.css")


def results_context(customisation, language_code, with_indicators=False):
    """The results and their charts, or empty ones when the city publishes nothing."""
    if not customisation.publish_results:
        return {"results": None, "charts": {}}
    results = city_results(
        customisation.city, language_code, published_only=True, with_indicators=with_indicators
    )
    if results.latest is None:
        return {"results": None, "charts": {}}
    return {"results": results, "charts": results_charts(results)}


def _links(customisation, mode):
    return {
        "report_url": screen_url(customisation, "report", embed=mode),
        "pdf_url": screen_url(customisation, "report_pdf", embed=mode),
    }


def results(request, customisation, mode):
    """The city's published results, as infographics."""
    context = customisation.get_tool_context(request, mode)
    context.update(results_context(customisation, translation.get_language()))
    context.update(_links(customisation, mode))
    return TemplateResponse(request, customisation.embed_template, context)


def report(request, customisation, mode):
    """The same results as a printable report, with every indicator."""
    context = customisation.get_tool_context(request, mode)
    context.update(results_context(customisation, translation.get_language(), with_indicators=True))
    context.update(_links(customisation, mode))
    return TemplateResponse(request, "intercultural_index/report.html", context)


def report_pdf(request, customisation, mode):
    """The printable report as a PDF (WeasyPrint lays out the same HTML, charts included).

    Laying out a PDF takes a second or more of the server's time, and anyone may ask for it
    again and again: the PDF of published results is the same for every visitor, so it is
    kept with the site's cached pages until the next editorial change (a round published or
    withdrawn is one), per city and language.
    """
    language = translation.get_language()

    def lay_out():
        context = customisation.get_tool_context(request, "page")
        context.update(results_context(customisation, language, with_indicators=True))
        if context["results"] is None:
            return None
        context["pdf_css"] = "\n".join(
            Path(finders.find(name)).read_text(encoding="utf-8") for name in PDF_STYLESHEETS
        )
        html = render_to_string("intercultural_index/report_pdf.html", context, request=request)
        # Everything the report needs is in the HTML: nothing is fetched.
        return html_to_pdf(html, fetch=False)

    pdf = cached_until_publish(
        f"intercultural-index:report-pdf:{customisation.pk}:{language}",
        lay_out,
        request,
        keep=lambda pdf: pdf is not None,
    )
    if pdf is None:
        raise Http404
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"intercultural-index-{customisation.city.slug}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
