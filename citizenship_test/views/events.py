"""The participants' side of an event session: the join page and the session's direct link.

Participants type the code on `join/` (or scan the QR code, which opens `join/<code>/`); an open
session starts the usual wizard with the code in its signed state (no cookie), a closed or
unknown one gets a clear message.
"""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from citizenship_test.models import EventSession
from citizenship_test.models.events import normalise_code
from citizenship_test.views.wizard import run_wizard
from tools.screens import screen_url

__all__ = ["find_session", "join_page", "join_session"]


def find_session(customisation, code):
    """The session of this city's test with `code` (open or not), or None."""
    return (
        EventSession.objects.filter(
            code=normalise_code(code),
            customisation__city__translation_key=customisation.city.translation_key,
        )
        .only("pk", "code", "title", "expires_at", "closed_at")
        .first()
    )


def _join_response(request, customisation, mode, code="", error="", status=200):
    context = customisation.get_tool_context(request, mode)
    context.update(
        {
            "join_url": screen_url(customisation, "join", embed=mode),
            "code": code,
            "error": error,
        }
    )
    return TemplateResponse(request, "citizenship_test/join.html", context, status=status)


def join_page(request, customisation, mode):
    """The form where participants type the session code; sends them to the session's link."""
    if "code" not in request.GET:
        return _join_response(request, customisation, mode)
    code = normalise_code(request.GET["code"])
    if not code:
        error = _("Please type the code shown by the facilitator.")
        return _join_response(request, customisation, mode, error=error)
    return HttpResponseRedirect(screen_url(customisation, "session", embed=mode, code=code))


def join_session(request, customisation, mode, code):
    """Start the test as part of the session `code`, or say why that is not possible."""
    session = find_session(customisation, code)
    if session is None:
        error = _(
            "There is no group session with the code %(code)s for this test. Check the code "
            "on the facilitator's screen and type it again."
        ) % {"code": normalise_code(code)}
        return _join_response(request, customisation, mode, code=code, error=error, status=404)
    if not session.is_open():
        context = customisation.get_tool_context(request, mode)
        context["session"] = session
        return TemplateResponse(request, "citizenship_test/event_closed.html", context, status=410)
    return run_wizard(request, customisation, mode, event_session=session)
