"""The public screens of a city's Index, all served through `InterculturalIndex.serve()`.

Sub-paths under /<lang>/embed/intercultural-index/<city>/ and
/<lang>/tools/intercultural-index/<city>/:

- ""             the city's published results, as infographics
- "report/"      the same results as a printable report, with every indicator
- "report.pdf"   that report as a PDF

Results are shown only when the city publishes them (`publish_results`) and only for rounds it
published; otherwise the page says that there is nothing published yet.
"""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation

from intercultural_index.charts import results_charts
from intercultural_index.results import city_results
from tools.screen_cache import mark_shared

__all__ = ["results_context", "serve_screen"]

PDF_STYLESHEETS = ("tools/charts.css", "intercultural_index/index.css")


def _fetch_nothing(url, *args, **kwargs):
    raise ValueError(f"The report fetches no resource ({url}).")


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


def _links(customisation, mode, language):
    base = (
        customisation.get_embed_url(language)
        if mode == "embed"
        else customisation.get_page_url(language)
    )
    return {"report_url": f"{base}report/", "pdf_url": f"{base}report.pdf"}


def serve_screen(customisation, request, mode, subpath):
    """Route a request for one city's Index to the screen its sub-path names."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    language = translation.get_language()
    if subpath in ("", "report/"):
        mark_shared(request)  # published results only: the same for every visitor
    if subpath == "":
        context = customisation.get_tool_context(request, mode)
        context.update(results_context(customisation, language))
        context.update(_links(customisation, mode, language))
        return TemplateResponse(request, customisation.embed_template, context)
    if subpath == "report/":
        context = customisation.get_tool_context(request, mode)
        context.update(results_context(customisation, language, with_indicators=True))
        context.update(_links(customisation, mode, language))
        return TemplateResponse(request, "intercultural_index/report.html", context)
    if subpath == "report.pdf":
        return report_pdf(customisation, request, mode, language)
    raise Http404


def report_pdf(customisation, request, mode, language):
    """The printable report as a PDF (WeasyPrint lays out the same HTML, charts included)."""
    context = customisation.get_tool_context(request, "page")
    context.update(results_context(customisation, language, with_indicators=True))
    if context["results"] is None:
        raise Http404
    context["pdf_css"] = "\n".join(
        Path(finders.find(name)).read_text(encoding="utf-8") for name in PDF_STYLESHEETS
    )
    html = render_to_string("intercultural_index/report_pdf.html", context, request=request)
    import weasyprint

    # Everything the report needs is in the HTML: WeasyPrint fetches nothing.
    pdf = weasyprint.HTML(string=html, url_fetcher=_fetch_nothing).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"intercultural-index-{customisation.city.slug}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
