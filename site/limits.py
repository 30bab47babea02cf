"""Site-wide limits: request bodies refused before they are read, control characters out of
query strings, safe headers on documents, and admin login throttling (django-axes) that keeps
no IP address or user agent.

Wired in the "Abuse, privacy and limits" block of `icc_site.settings.base`.
"""

import re

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.utils.translation import gettext as _

try:  # django-axes is optional for the rest of this module
    from axes.handlers.database import AxesDatabaseHandler
except ImportError:  # pragma: no cover
    AxesDatabaseHandler = object

__all__ = [
    "AnonymousAxesHandler",
    "ControlCharactersMiddleware",
    "DocumentHeadersMiddleware",
    "RequestBodyLimitMiddleware",
    "no_client_address",
]

#: Bodies that carry no file are parsed in memory, so they get Django's smaller limit.
_FILE_CONTENT_TYPES = ("multipart/form-data",)


def _megabytes(size):
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


#: Control characters (NUL above all), which no visitor means to send in a URL.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


class ControlCharactersMiddleware:
    """Turn control characters in the query string's names and values into spaces.

    PostgreSQL refuses text with a NUL character, so a parameter that reaches a query
    (`/api/v2/pages/?locale=%00` found by the fuzz tests) was a 500 there and not on SQLite.
    Cleaning the parameters once, here, covers every view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(
            CONTROL_CHARACTERS.search(key + "".join(values)) for key, values in request.GET.lists()
        ):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(
                    CONTROL_CHARACTERS.sub(" ", key),
                    [CONTROL_CHARACTERS.sub(" ", value) for value in values],
                )
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """Answer 413 to a request whose declared body is larger than the site accepts, before
    anything reads it.

    `REQUEST_BODY_MAX_BYTES` bounds every body (file uploads included); a body that is not
    multipart (a form without files, JSON) is bounded by `DATA_UPLOAD_MAX_MEMORY_SIZE` as
    Django would, but refused with 413 at once instead of a 400 after parsing began. A
    malformed Content-Length gets 400.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(declared)
        except ValueError:
            return HttpResponse(
                _("The request's Content-Length is not a number."),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        if length < 0:
            return HttpResponse(
                _("The request's Content-Length is negative."),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        limit = getattr(settings, "REQUEST_BODY_MAX_BYTES", 26 * 1024 * 1024)
        content_type = request.META.get("CONTENT_TYPE", "").lower()
        if not content_type.startswith(_FILE_CONTENT_TYPES):
            memory_limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            if memory_limit is not None:
                limit = min(limit, memory_limit)
        if limit is not None and length > limit:
            return HttpResponse(
                _("This request is too large: at most %(size)s MB can be sent at once.")
                % {"size": _megabytes(limit)},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class DocumentHeadersMiddleware:
    """Documents are served as inert files: no sniffing, and a sandbox with no content allowed,
    so an uploaded HTML or SVG file cannot run script even when a browser displays it.

    Wagtail's `serve_view` already sends `attachment` for anything but PDF, nosniff and
    `default-src 'none'`; this adds `sandbox` and keeps the policy when another middleware
    (django-csp) would replace it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = getattr(settings, "DOCUMENTS_URL_PREFIX", "/documents/")

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.prefix):
            response["Content-Security-Policy"] = "default-src 'none'; sandbox"
            response["X-Content-Type-Options"] = "nosniff"
            response.headers.pop("Content-Security-Policy-Report-Only", None)
        return response


def no_client_address(request):
    """For `AXES_CLIENT_IP_CALLABLE`: axes gets no address, so it can store none."""
    return None


class AnonymousAxesHandler(AxesDatabaseHandler):
    """django-axes' database handler, keeping only the username and the time of a failed
    admin login: lockout is by username (`AXES_LOCKOUT_PARAMETERS`), so the address and the
    user agent that axes would also record are blanked before it writes its row."""

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        if request is not None:
            request.axes_ip_address = None
            request.axes_user_agent = ""
        return super().user_login_failed(sender, credentials, request, **kwargs)
