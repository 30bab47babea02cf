"""The PDF report keeps the table of scores per section in one piece when it fits on a page."""

from types import SimpleNamespace

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

weasyprint = pytest.importorskip("weasyprint")

SECTIONS = [f"Section number {n}" for n in range(8)]


def table_html(filler_mm):
    rows = [
        SimpleNamespace(
            section=SimpleNamespace(title=title, theme=""),
            percent=50,
            counts={"yes": 1, "partly": 1, "no": 1, "na": 0},
        )
        for title in SECTIONS
    ]
    results = SimpleNamespace(
        overall=50,
        unanswered=0,
        chart=SimpleNamespace(width=100, height=5, bars=[]),
        section_scores=rows,
    )
    scores = render_to_string("checklists/includes/section_scores.html", {"results": results})
    return f'<html><body><div style="height: {filler_mm}mm"></div>{scores}</body></html>'


def pages_of_each_section(html):
    stylesheet = weasyprint.CSS(filename=finders.find("checklists/report-pdf.css"))
    document = weasyprint.HTML(string=html).render(stylesheets=[stylesheet])
    found = {}
    for number, page in enumerate(document.pages):
        for box in page._page_box.descendants():
            text = getattr(box, "text", "") or ""
            for title in SECTIONS:
                if title in text:
                    found.setdefault(title, number)
    return found


@pytest.mark.parametrize("filler_mm", range(160, 200, 10))
def test_the_section_table_is_not_cut_after_a_row_or_two(filler_mm):
    pages = pages_of_each_section(table_html(filler_mm))

    assert set(pages) == set(SECTIONS)
    assert len(set(pages.values())) == 1, pages
