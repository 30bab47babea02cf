"""The shared chart module: what a reader sees, left to right and right to left."""

import re

from django.template import Context, Template
from django.utils import translation

from tests.helpers import soup_of
from tools.charts import BarRow, bar_chart, column_chart, profile_chart, trend_chart


def drawn(chart):
    template = Template("{% load tool_charts %}{% tool_chart chart %}")
    html = template.render(Context({"chart": chart}))
    return soup_of(html)


def bar_rects(page):
    return page.select("rect.tool-chart__bar")


def test_bars_grow_from_the_left_in_english_and_from_the_right_in_arabic():
    rows = [BarRow("Knowledge", 50), BarRow("Overall", 100, emphasis=True)]
    ltr = drawn(bar_chart(rows, title="Scores", rtl=False, width=400))
    rtl = drawn(bar_chart(rows, title="Scores", rtl=True, width=400))

    half_ltr, full_ltr = bar_rects(ltr)
    half_rtl, full_rtl = bar_rects(rtl)
    assert float(half_ltr["x"]) == 4  # starts at the left edge
    # Right to left: the bar ends at the right edge, where the label starts.
    assert float(half_rtl["x"]) + float(half_rtl["width"]) == 400 - 4
    assert half_rtl["width"] == half_ltr["width"] and full_rtl["width"] == full_ltr["width"]
    label = rtl.select_one("text.tool-chart__label")
    assert float(label["x"]) == 396 and label["text-anchor"] == "start"
    assert rtl.select_one("svg")["direction"] == "rtl"


def test_numbers_are_drawn_left_to_right_beside_the_bar_in_either_direction():
    rows = [BarRow("Knowledge", 80)]
    for rtl, anchor in ((False, "start"), (True, "end")):
        value = drawn(bar_chart(rows, title="Scores", rtl=rtl)).select_one("text.tool-chart__value")
        assert value.get_text() == "80"
        assert value["direction"] == "ltr" and value["text-anchor"] == anchor


def test_the_direction_follows_the_language_when_not_given():
    with translation.override("ar"):
        chart = bar_chart([BarRow("المعرفة", 40)], title="النتائج")
    assert chart.direction == "rtl"
    with translation.override("fr"):
        assert bar_chart([BarRow("Savoirs", 40)], title="Scores").direction == "ltr"


def test_no_svg_carries_a_dir_attribute_that_validators_refuse():
    charts = [
        bar_chart([BarRow("A", 1)], title="t", rtl=True),
        trend_chart(["2024", "2025"], [("A", [1, 2])], title="t", rtl=True),
        column_chart(["0–9", "10–19"], [3, 1], title="t", rtl=True),
    ]
    for chart in charts:
        assert not drawn(chart).select("svg[dir]")


def test_a_chart_has_a_title_a_description_and_a_table_when_asked():
    chart = profile_chart(
        [("Knowledge", 70), ("Overall", 60)],
        title="Your city against the network",
        averages={"Knowledge": 55},
        reference_label="Network average",
        overall=True,
        table=True,
    )
    page = drawn(chart)

    svg = page.select_one("svg[role=img]")
    title_id, desc_id = svg["aria-labelledby"].split()
    assert page.find(id=title_id).get_text() == "Your city against the network"
    assert "Knowledge: 70 (Network average: 55)" in page.find(id=desc_id).get_text()
    rows = [[cell.get_text() for cell in row.select("th, td")] for row in page.select("tbody tr")]
    assert rows == [["Knowledge", "70", "55"], ["Overall", "60", "–"]]
    # The average is marked across the bar, at 55 % of the track, and named in the legend.
    marker = page.select_one("line.tool-chart__reference")
    track = page.select_one("rect.tool-chart__track")
    assert float(marker["x1"]) == round(4 + float(track["width"]) * 0.55, 1)
    assert "Network average" in page.select_one(".tool-chart__legend").get_text()
    assert page.select("rect.tool-chart__bar--emphasis")


def test_a_missing_value_is_a_gap_in_the_trend_and_time_runs_right_to_left_in_arabic():
    labels = ["Round 1", "Round 2", "Round 3", "Round 4"]
    series = [("City", [40, None, 60, 70]), ("Average", [50, 52, 54, 56])]
    ltr = trend_chart(labels, series, title="Rounds", max_value=100, rtl=False)
    rtl = trend_chart(labels, series, title="Rounds", max_value=100, rtl=True)

    city = drawn(ltr).select("g.tool-chart__series")[0]
    assert len(city.select("circle")) == 3 and len(city.select("polyline")) == 1
    first_ltr, first_rtl = ltr.lines[0].points[0], rtl.lines[0].points[0]
    assert first_ltr[0] < ltr.width / 2 < first_rtl[0]
    assert first_ltr[0] + first_rtl[0] == ltr.width  # mirrored
    assert [name.get_text() for name in drawn(ltr).select(".tool-chart__legend li")] == [
        " City",
        " Average",
    ]


def test_columns_mirror_and_keep_their_counts():
    chart = column_chart(["0–9", "10–19", "20–29"], [4, 2, 0], title="Spread", rtl=True)
    page = drawn(chart)
    xs = [float(rect["x"]) for rect in page.select("rect.tool-chart__column")]
    assert xs == sorted(xs, reverse=True)  # the first range on the right
    assert [text.get_text() for text in page.select("text[text-anchor=middle]")] == ["4", "2"]


# --- In a PDF: WeasyPrint draws SVG text letter by letter (Arabic comes out unjoined and
# backwards), so the charts' words are HTML there. ---

# (No lam-alef: pdftotext gives its ligature back as "ال" whatever the drawing.)
ARABIC_SECTIONS = ["المشاركة", "التعليم", "المجموع"]
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
ARABIC_DATES = ["6 ديسمبر 2025", "6 ديسمبر 2026"]


def drawn_for_pdf(*charts):
    context = {f"chart{index}": chart for index, chart in enumerate(charts)}
    tags = "".join(f"{{% tool_chart chart{index} %}}" for index in range(len(charts)))
    source = f"{{% load tool_charts %}}{{% with charts_for_pdf=True %}}{tags}{{% endwith %}}"
    return Template(source).render(Context(context))


def words_in_svg_text(html):
    """The SVG <text> elements of `html` that hold letters (numbers alone are safe)."""
    soup = soup_of(html)
    texts = [node.get_text() for node in soup.select("svg text")]
    return [text for text in texts if any(character.isalpha() for character in text)]


def arabic_charts():
    with translation.override("ar"):
        bars = bar_chart(
            [BarRow(label, 50 + index) for index, label in enumerate(ARABIC_SECTIONS)],
            title="النتيجة",
            chart_id="pdf-bars",
        )
        trend = trend_chart(
            ARABIC_DATES, [("النتيجة", [40, 60])], title="النتيجة", chart_id="pdf-trend"
        )
        return bars, trend, drawn_for_pdf(bars, trend)


def test_in_a_pdf_the_charts_words_are_html_and_on_a_page_svg():
    bars, trend, html = arabic_charts()

    assert words_in_svg_text(html) == []
    soup = soup_of(html)
    assert [p.get_text() for p in soup.select(".tool-chart__pdf-label")] == ARABIC_SECTIONS
    assert [span.get_text() for span in soup.select(".tool-chart__pdf-ticks span")] == (
        ARABIC_DATES
    )
    # On a page (a browser shapes SVG text well) the chart stays one SVG with its labels.
    with translation.override("ar"):
        assert words_in_svg_text(str(drawn(bars))) == ARABIC_SECTIONS
        assert len(words_in_svg_text(str(drawn(trend)))) == len(ARABIC_DATES)


def test_arabic_chart_labels_come_out_of_the_pdf_joined_and_in_reading_order():
    import shutil
    import subprocess

    import pytest

    weasyprint = pytest.importorskip("weasyprint")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from django.contrib.staticfiles import finders

    _bars, _trend, html = arabic_charts()
    page = f'<html lang="ar" dir="rtl"><body>{html}</body></html>'
    stylesheets = [
        weasyprint.CSS(filename=finders.find(name))
        for name in ("checklists/report-pdf.css", "tools/charts.css")
    ]
    pdf = weasyprint.HTML(string=page).write_pdf(stylesheets=stylesheets)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout
    # Drawn letter by letter, a word comes out reversed ("ميلعتلا"), or not at all.
    words = set(re.findall(r"[^\W\d_]+", text.decode().translate(BIDI_CONTROLS)))

    assert {*ARABIC_SECTIONS, "ديسمبر"} <= words, words
