"""Published results on the city's profile page, in the printable report and as a PDF."""

import pytest
from bs4 import BeautifulSoup

from tests.helpers import soup_of
from tests.intercultural_index.test_results import FIVE_ALIKE

pytestmark = pytest.mark.django_db


def test_the_profile_shows_published_results_and_nothing_otherwise(client, make_network):
    cities = make_network(FIVE_ALIKE)
    hidden = make_network([("Hidden", "yes")], publish=False)["Hidden"]
    for city in (*cities.values(), hidden):
        city.save_revision().publish()

    shown = soup_of(client.get("/en/cities/aveiro/"), status=None)
    section = shown.select_one(".index-profile")
    assert section is not None
    assert section.select_one("svg.tool-chart__svg title").text == "Overall score"
    assert section.a["href"] == "/en/tools/intercultural-index/aveiro/"

    other = soup_of(client.get("/en/cities/hidden/"), status=None)
    assert other.select_one(".index-profile") is None


def test_the_report_lists_every_indicator_and_comes_as_a_pdf(client, make_network, monkeypatch):
    import weasyprint

    from tests.tools.test_charts import words_in_svg_text

    laid_out = []
    html = weasyprint.HTML

    def recording(*args, string=None, **kwargs):
        laid_out.append(string)
        return html(*args, string=string, **kwargs)

    monkeypatch.setattr(weasyprint, "HTML", recording)
    make_network(FIVE_ALIKE)

    report = soup_of(client.get("/en/tools/intercultural-index/aveiro/report/"), status=None)
    rows = report.select(".index-results__table tbody tr")
    assert [row.select("td")[1].text for row in rows] == ["schools", "teachers", "squares"]

    pdf = client.get("/en/tools/intercultural-index/aveiro/report.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    # The charts' words (area names) are HTML, which WeasyPrint shapes (Arabic too).
    assert words_in_svg_text(laid_out[0]) == []
    assert BeautifulSoup(laid_out[0], "html.parser").select(".tool-chart__pdf-label")


def test_the_pdf_is_laid_out_once_until_the_results_change(
    client, make_network, monkeypatch, page_cache_on
):
    """Anyone could ask for report.pdf again and again, and each request laid the PDF out with
    WeasyPrint (a second or more of the server's time): the same bytes for every visitor."""
    from intercultural_index.models import IndexRound
    from intercultural_index.views import public

    laid_out = []
    real = public.html_to_pdf
    monkeypatch.setattr(
        public, "html_to_pdf", lambda html, **kw: laid_out.append(1) or real(html, **kw)
    )
    cities = make_network(FIVE_ALIKE)
    url = "/en/tools/intercultural-index/aveiro/report.pdf"

    first = client.get(url)
    assert client.get(url).content == first.content and len(laid_out) == 1

    IndexRound.objects.filter(city=cities["Aveiro"]).first().save()  # e.g. withdrawn, published
    assert client.get(url).content.startswith(b"%PDF") and len(laid_out) == 2
