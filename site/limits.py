"""Site-wide limits: request bodies refused before they are read, control characters out of
query strings, safe headers on documents, admin login throttling (django-axes) that keeps no IP
address or user agent, and a throttle on password-reset requests.

Wired in the "Abuse, privacy and limits" block of `icc_site.settings.base`.
"""

import hashlib
import hmac
import logging
import re
import time

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db import DatabaseError
from django.db.models import Sum
from django.http import HttpResponse, QueryDict
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from redis.exceptions import RedisError

from tools.counters import counters
from tools.throttling import client_digest, parse_rate

logger = logging.getLogger(__name__)

__all__ = [
    "AnonymousAxesHandler",
    "ControlCharactersMiddleware",
    "DocumentHeadersMiddleware",
    "PasswordResetThrottleMiddleware",
    "RequestBodyLimitMiddleware",
    "login_client_key",
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


#: Prefix of the client key that axes keeps in its user-agent column.
CLIENT_KEY_PREFIX = "client:"


def login_client_key(request):
    """The only name a signing-in client has: a keyed hash of its address (the tools' client
    digest, under a salt that is not kept with it), never the address itself."""
    return CLIENT_KEY_PREFIX + client_digest(request)


class AnonymousAxesHandler(AxesDatabaseHandler):
    """django-axes' database handler, counting failed admin logins per pair of username and
    client key, and per client key alone, without keeping an address or a user agent.

    `AXES_LOCKOUT_PARAMETERS` names the pair ["username", "user_agent"] and then "user_agent":
    before axes reads or writes a row, the user agent is replaced by the client key
    (`login_client_key`, a keyed hash) and the address is blanked. So a stranger who fails five
    times with a known username locks that username for their own client only, and one client
    that tries many usernames is stopped after `AXES_CLIENT_FAILURE_LIMIT` failures in all.
    """

    @staticmethod
    def _pseudonymise(request):
        if request is not None and not getattr(request, "axes_pseudonymised", False):
            request.axes_ip_address = None
            request.axes_user_agent = login_client_key(request)
            request.axes_pseudonymised = True

    def filter_user_attempts(self, request, credentials=None):
        self._pseudonymise(request)
        return super().filter_user_attempts(request, credentials)

    def get_failures(self, request, credentials=None):
        """The pair's failures, or the lock-out threshold once the client as a whole has
        failed `AXES_CLIENT_FAILURE_LIMIT` times."""
        pair, client = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if client >= getattr(settings, "AXES_CLIENT_FAILURE_LIMIT", 20):
            return max(pair, get_failure_limit(request, credentials))
        return pair

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        self._pseudonymise(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def reset_user_attempts(self, request, credentials=None):
        """A successful sign-in clears its own pair only: the client's other failures still
        count towards the per-client limit."""
        pair = self.filter_user_attempts(request, credentials)[0]
        count, _deleted = pair.delete()
        return count


class PasswordResetThrottleMiddleware:
    """Answer 429 to password-reset requests past `PASSWORD_RESET_RATE` per client (its keyed
    hash) or per e-mail address asked for (hashed too), before Wagtail sends any e-mail. The
    counts live with the tools' rate limits (`tools.counters`).

    Without it, one client could make the site send any number of reset e-mails, to one
    person or to every address it guesses.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.path = None

    def __call__(self, request):
        if request.method == "POST" and request.path == self._reset_path():
            wait = self._wait(request)
            if wait:
                minutes = max(1, round(wait / 60))
                response = HttpResponse(
                    ngettext(
                        "Too many password reset requests. Please wait %(minutes)s minute "
                        "and try again.",
                        "Too many password reset requests. Please wait %(minutes)s minutes "
                        "and try again.",
                        minutes,
                    )
                    % {"minutes": minutes},
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(wait)
                return response
        return self.get_response(request)

    def _reset_path(self):
        if self.path is None:
            try:
                self.path = reverse("wagtailadmin_password_reset")
            except NoReverseMatch:  # pragma: no cover - Wagtail's reset turned off
                self.path = ""
        return self.path

    def _wait(self, request):
        rate = parse_rate(getattr(settings, "PASSWORD_RESET_RATE", "5/h"))
        if rate is None:
            return 0
        limit, window = rate
        email = request.POST.get("email", "").strip().lower()
        email_key = hmac.new(
            settings.SECRET_KEY.encode(), email.encode(), hashlib.sha256
        ).hexdigest()[:32]
        wait = 0
        for scope, key in (("client", client_digest(request)), ("email", email_key)):
            wait = max(wait, _count(f"password-reset:{scope}:{key}", limit, window))
        return wait


def _count(key, limit, window):
    """Count one hit on `key` in the current window, in the tools' counters (a database table,
    or Redis: a flood of other keys cannot evict it); seconds to wait when over `limit`. An
    unavailable counter lets the request through, as the tools' rate limit does."""
    now = time.time()
    window_start = int(now // window) * window
    try:
        hits = counters().hit(f"{key}:{window_start}", window)
    except (DatabaseError, RedisError):
        logger.warning("Password-reset counter unavailable; request not counted", exc_info=True)
        return 0
    if hits > limit:
        return max(1, int(window_start + window - now))
    return 0
