"""The tools' one PDF helper (tools.pdf): WeasyPrint's layout, or a text PDF without it."""

import sys

import pytest

from tools.pdf import html_to_pdf

REPORT = (
    "<html><body><h1>Lisbon's report</h1><p>Score: 63%</p><svg><text>x</text></svg></body></html>"
)


def test_without_weasyprint_a_report_is_still_a_pdf_of_its_text(monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # importing it fails

    pdf = html_to_pdf(REPORT, stylesheets=("checklists/report-pdf.css",))

    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    assert b"(Lisbon's report) Tj" in pdf and b"(Score: 63%) Tj" in pdf


def test_a_report_that_fetches_nothing_is_laid_out_from_its_html_alone(monkeypatch):
    from urllib import request

    pytest.importorskip("weasyprint")
    asked = []
    monkeypatch.setattr(
        request.OpenerDirector, "open", lambda self, url, *args, **kwargs: asked.append(url)
    )
    html = REPORT.replace("<h1>", '<h1><img src="http://example.invalid/logo.png" alt="">')

    pdf = html_to_pdf(html, fetch=False)

    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    assert asked == []
