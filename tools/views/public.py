"""The public routes of a tool: framed (/embed/...) and full page (/tools/...)."""

import logging

from django.db import OperationalError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from icc_site.languages import best_language, with_missing
from tools.framing import allow_framing_by
from tools.lookup import find_for_language
from tools.screen_cache import serve_shared
from tools.state import ServiceBusy, StateRefused, check_origin

__all__ = ["CityToolViewMixin", "ToolView"]

logger = logging.getLogger(__name__)

BUSY_MESSAGE = _(
    "The service is busy and what you sent could not be saved. Please go back and send it "
    "again in a few seconds."
)


class CityToolViewMixin:
    """Resolve `tool_slug` and `city_slug` from the URL to the published customisation.

    Sets `self.customisation` and, in "embed" mode, lets the city's allowed origins frame the
    response. A language the city does not offer is not shown under its label: a GET goes to
    the visitor's best language among those offered (with `?from=` for the notice), anything
    else is a 404. Where the city's own texts are not translated yet, they carry their own
    `lang` (tools/embed_base.html). Tool apps can use it for views of their own under the
    same URL scheme.
    """

    mode = "embed"

    def dispatch(self, request, *args, **kwargs):
        language = translation.get_language()
        customisation, languages = find_for_language(
            kwargs["tool_slug"], kwargs["city_slug"], language, request
        )
        if not languages:
            raise Http404
        request.content_languages = languages  # for the language switcher and hreflang
        if language not in languages:
            if request.method not in ("GET", "HEAD"):
                raise Http404
            url = translate_url(request.get_full_path(), best_language(request, languages))
            response = HttpResponseRedirect(with_missing(url, language))
            if self.mode == "embed":
                allow_framing_by(response, customisation)
            return response
        self.customisation = customisation
        response = super().dispatch(request, *args, **kwargs)
        if self.mode == "embed":
            allow_framing_by(response, self.customisation)
        return response


@method_decorator(csrf_exempt, name="dispatch")
class ToolView(CityToolViewMixin, View):
    """Hand the request to the customisation's `serve()`.

    Only GET and HEAD, unless the tool sets `accepts_posts`; then a POST must come from an
    allowed origin, and the tool verifies its signed state (tools.state). Csrf-exempt because
    the CSRF cookie does not reach a cross-site iframe.
    """

    def dispatch(self, request, *args, **kwargs):
        # A screen the same for every visitor comes from the cache, before any look-up.
        return serve_shared(request, lambda: self.serve_screen(request, *args, **kwargs))

    def serve_screen(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except (StateRefused, OperationalError) as error:
            if isinstance(error, OperationalError):
                # A database lock (or a lost connection) on a screen that does not handle it
                # itself: 503 with Retry-After rather than a server error.
                logger.warning("Database busy on a tool screen", exc_info=True)
                refusal = ServiceBusy(message=BUSY_MESSAGE)
            else:
                refusal = error
            response = refusal.as_response(request, getattr(self, "customisation", None))
            if self.mode == "embed" and getattr(self, "customisation", None):
                allow_framing_by(response, self.customisation)
            return response

    def get(self, request, *args, **kwargs):
        return self.customisation.serve(request, self.mode, kwargs.get("subpath", ""))

    def post(self, request, *args, **kwargs):
        if not self.customisation.accepts_posts:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        # A tool whose forms show a rate-limit refusal on the same step (with the answers)
        # checks the count itself; it is counted here all the same.
        check_origin(
            request, self.customisation, rate=not self.customisation.shows_refusals_in_form
        )
        return self.customisation.serve(request, self.mode, kwargs.get("subpath", ""))
