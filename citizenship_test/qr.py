"""QR codes for group sessions, drawn on the server as inline SVG with segno (no JavaScript,
no image request, sharp on a projector)."""

import segno
from django.utils.safestring import mark_safe

__all__ = ["qr_svg"]


def qr_svg(url, title):
    """Inline SVG of a QR code that opens `url`; `title` is its accessible name.

    Dark on white with the standard quiet zone, so phones read it from a projected screen.
    segno escapes the title; the URL is encoded in the modules, not written into the markup.
    """
    svg = segno.make(url, error="m").svg_inline(
        scale=1,
        border=4,
        dark="#000",
        light="#fff",
        title=str(title),
        svgclass="ct-qr",
        lineclass=None,
        omitsize=True,
    )
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))
