"""A malformed post to the Wagtail admin gets 400, not 500.

Wagtail's edit and create views read the form data that the admin's own JavaScript writes, such
as a StreamField's `<name>-count` and each block's `-deleted` and `-order` fields, by key and
with `int()`. A post without them, or with letters where a number belongs (a script, a broken
proxy, a hand-made request), raised KeyError or ValueError deep in the form and answered 500.
This middleware turns exactly those exceptions, for POSTs under the admin, into a 400 that says
what to do; the exception is still logged as a warning.
"""

import logging

from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _

__all__ = ["MALFORMED_POST_ERRORS", "MalformedAdminPostMiddleware"]

logger = logging.getLogger(__name__)

#: What a form that misses or mangles its hidden fields raises while it is read.
MALFORMED_POST_ERRORS = (KeyError, ValueError, TypeError, IndexError, ValidationError)


class MalformedAdminPostMiddleware:
    """Answer 400 when a POST to the admin fails on its own malformed data."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not isinstance(exception, MALFORMED_POST_ERRORS):
            return None
        if self.admin_prefix is None:  # reversed on first use, once the URLconf is loaded
            self.admin_prefix = reverse("wagtailadmin_home")
        if not request.path.startswith(self.admin_prefix):
            return None
        logger.warning(
            "Malformed admin post to %s: %s: %s",
            request.path,
            type(exception).__name__,
            exception,
        )
        return HttpResponseBadRequest(
            _(
                "This form arrived incomplete or altered, so nothing was saved. Reload the page "
                "and send it again."
            ),
            content_type="text/plain; charset=utf-8",
        )
