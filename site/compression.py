"""Pages, feeds and API answers compressed with gzip, for browsers that accept it.

A page's HTML is the first thing a phone waits for, and nothing else starts before it: the home
page is about 15 KB, just over what a new connection may send in its first round trip, and about
4 KB once compressed. Static files need nothing from here: in production WhiteNoise serves its
own brotli and gzip copies of them, made once by `collectstatic`.

This is Django's `GZipMiddleware`, which already guards against BREACH (it pads each response
with a random number of bytes, and Django masks the CSRF token anew on every request), limited
to text: a photo, a font, a PDF or a spreadsheet is compressed already, and a file response may
answer a byte range, which compressing would break.
"""

from django.middleware.gzip import GZipMiddleware

__all__ = ["CompressedTextMiddleware", "is_compressible"]

#: Media types (before any `;charset=`) whose bodies compress well and are made per request.
TEXT_TYPES = frozenset(
    {
        "application/json",
        "application/manifest+json",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "text/html",
        "text/plain",
        "text/csv",
        "text/xml",
    }
)


def is_compressible(response):
    """Whether `response` is text made per request, answered whole (not a byte range)."""
    media_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return (
        media_type in TEXT_TYPES
        and response.status_code != 206
        and not getattr(response, "file_to_stream", None)
    )


class CompressedTextMiddleware(GZipMiddleware):
    """`GZipMiddleware` for the responses `is_compressible` accepts; others pass untouched.

    It comes first in MIDDLEWARE, so it compresses what every other middleware has finished.
    """

    def process_response(self, request, response):
        if not is_compressible(response):
            return response
        return super().process_response(request, response)
