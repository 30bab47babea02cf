"""The tools' PDF output of a report: WeasyPrint when installed, else a plain-text PDF.

WeasyPrint (it needs Debian's pango: libpango-1.0-0, libpangoft2-1.0-0, libharfbuzz-subset0)
lays out the same HTML as the printable report, SVG charts included, with the tool's own
stylesheets (the checklists' name Noto Sans Arabic for Arabic). Without it, a site still
hands out a PDF: the report's text, one line after another, in a standard PDF font.
"""

import re
import textwrap
from html.parser import HTMLParser

from django.contrib.staticfiles import finders

__all__ = ["html_to_pdf", "html_text_lines", "text_pdf"]


def html_to_pdf(html, *, stylesheets=(), base_url=None, fetch=True):
    """The PDF bytes of the report `html`, laid out with `stylesheets` (static file names).

    `base_url` resolves the HTML's relative links; with `fetch=False` WeasyPrint fetches no
    resource at all, for a report whose HTML holds everything it needs.
    """
    try:
        # Imported here: WeasyPrint is optional and slow to import (pango, fonts).
        import weasyprint
    except (ImportError, OSError):  # not installed, or pango missing
        return text_pdf(html_text_lines(html))
    sheets = [weasyprint.CSS(filename=finders.find(name)) for name in stylesheets]
    # No protocol allowed: every resource is refused (with a warning), none fetched.
    options = {} if fetch else {"url_fetcher": weasyprint.URLFetcher(allowed_protocols=())}
    document = weasyprint.HTML(string=html, base_url=base_url, **options)
    return document.write_pdf(stylesheets=sheets)


class _TextExtractor(HTMLParser):
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "tr", "div", "section", "br", "dt", "dd"}
    SKIPPED = {"style", "script", "svg", "title", "head"}

    def __init__(self):
        super().__init__()
        self.lines, self.current, self.skipping = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self._flush()
            if tag == "li":
                self.current.append("- ")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text and text != "-":
            self.lines.append(text)
        self.current = []


def html_text_lines(html):
    """The visible text of `html`, a line per block element (charts left out)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.lines


def _pdf_string(text):
    # The standard fonts speak WinAnsi (close to Latin-1): other characters become "?".
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_pdf(lines, width=595, height=842, margin=50, size=10, leading=14):
    """A minimal valid PDF (A4, Helvetica) of `lines` of text, wrapped, over as many pages."""
    wrapped = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 95) or [""])
    per_page = int((height - 2 * margin) / leading)
    pages = [wrapped[i : i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]

    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, None]
    objects[2] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    page_ids = []
    for page in pages:
        content = [b"BT", f"/F1 {size} Tf {leading} TL {margin} {height - margin} Td".encode()]
        for text in page:
            content.append(_pdf_string(text) + b" Tj T*")
        content.append(b"ET")
        stream = b"\n".join(content)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (width, height)
            + b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))

    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
