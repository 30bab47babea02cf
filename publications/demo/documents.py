"""Small, real PDF files for the demo content, written by hand (no PDF library needed)."""

import textwrap

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

LINES_PER_PAGE = 48
LINE_WIDTH = 88


def _escape(text):
    """Escape a line for a PDF string literal, in the WinAnsi (Latin-1) encoding."""
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    encoded = text.encode("latin-1", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(title, paragraphs):
    """A valid PDF (A4, Helvetica) with `title` and the `paragraphs` wrapped over pages."""
    lines = [title, ""]
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, LINE_WIDTH) or [""])
        lines.append("")
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]

    objects = []  # object bodies; object n is objects[n - 1]
    page_ids = [4 + 2 * index for index in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for page_id, page_lines in zip(page_ids, pages, strict=True):
        stream = b"BT /F1 11 Tf 14 TL 56 790 Td " + b" ".join(
            b"(%s) '" % _escape(line) for line in page_lines
        )
        stream += b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))

    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(output)


def get_or_create_pdf(title, filename, paragraphs):
    """The demo document called `title`, created as a PDF under MEDIA_ROOT the first time."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, collection=Collection.get_first_root_node())
        document.file.save(filename, ContentFile(text_pdf(title, paragraphs)), save=False)
        document.save()
    return document
