"""Cookieless state for multi-step tool forms.

An embedded tool runs in a cross-site iframe where browsers that block third-party cookies
send neither the session nor the CSRF cookie. So a tool keeps its state in the form itself:

- `SignedFormState(customisation).dump(data)` signs the state (django.core.signing, with a
  salt per tool and city, so a token of one tool or city is worthless elsewhere) together with
  a fresh nonce; put it in a hidden field named `STATE_FIELD`.
- On POST, `accept_submission(request, customisation)` checks the `Origin` (or `Referer`)
  against this site and the city's allowed origins, verifies the signature and its age, and
  records the nonce so that the same form cannot be sent twice. It returns the state's data
  and raises a `StateRefused` subclass (each with a 4xx status and a clear message) otherwise.
- Against bots and floods (settings, read at request time): every POST to a tool counts
  towards a per-client limit (`tools.throttling`, `TOOLS_RATE_LIMIT`, 429 beyond it, no IP
  address stored); a submission whose hidden honeypot field (`HONEYPOT_FIELD`, rendered by
  `tools/includes/honeypot.html`) is filled in, or that comes back sooner than
  `TOOLS_MIN_FILL_SECONDS` after its form was rendered (the signed state carries that time),
  is refused before its nonce is consumed, so the resident can simply send it again.
- `CookielessFormMixin` does the same for class-based views and makes them csrf-exempt; the
  framework's embed view also turns a `StateRefused` raised in `CityTool.serve()` into its
  refusal page.

The signed data is readable by the resident (signed, not encrypted): keep answers there, never
anything secret.
"""

import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

from tools.models import UsedFormNonce
from tools.throttling import record_hit

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_MIN_FILL_SECONDS",
    "HONEYPOT_FIELD",
    "STATE_FIELD",
    "CookielessFormMixin",
    "ExpiredState",
    "ForgedState",
    "FormState",
    "HoneypotFilled",
    "OriginRefused",
    "ReplayedState",
    "SignedFormState",
    "StateRefused",
    "TooFastSubmission",
    "TooManySubmissions",
    "accept_submission",
    "allowed_origins_for",
    "check_bot_traps",
    "check_fill_time",
    "check_origin",
    "check_rate",
    "request_origin",
]

#: Name of the hidden form field that carries the signed state.
STATE_FIELD = "tool_state"
#: How long a resident may take between two steps (seconds).
DEFAULT_MAX_AGE = 3 * 60 * 60
#: Name of the hidden field people never see and bots fill in (tools/includes/honeypot.html).
HONEYPOT_FIELD = "homepage"
#: The least time between rendering a form and accepting it, unless TOOLS_MIN_FILL_SECONDS.
DEFAULT_MIN_FILL_SECONDS = 2


class StateRefused(Exception):
    """A submission that must not be processed. `status` and `message` say why."""

    status = 400
    message = _("This form could not be accepted.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))

    def as_response(self, request, customisation=None):
        """The refusal page, with the status code; framed like the tool when embedded."""
        response = TemplateResponse(
            request,
            "tools/refused.html",
            {"message": self.message, "tool": customisation},
            status=self.status,
        )
        if getattr(self, "retry_after", None):
            response["Retry-After"] = str(self.retry_after)
        return response


class ForgedState(StateRefused):
    status = 400
    message = _("This form was changed or comes from elsewhere. Please start again.")


class ExpiredState(StateRefused):
    status = 400
    message = _("This form has expired. Please start again.")


class ReplayedState(StateRefused):
    status = 409
    message = _("This form has already been sent. Please start again to answer once more.")


class OriginRefused(StateRefused):
    status = 403
    message = _("This form was sent from a site that is not allowed to use this tool.")


class HoneypotFilled(StateRefused):
    status = 400
    message = _(
        "This form was filled in automatically, so it was not accepted. If you are a person, "
        "please leave the field marked “leave empty” blank and send the form again."
    )


class TooFastSubmission(StateRefused):
    status = 400
    message = _(
        "This form was sent too quickly after it was shown. Please go back, wait a moment "
        "and send it again."
    )


class TooManySubmissions(StateRefused):
    status = 429
    message = _("Too many forms were sent from your connection. Please wait a minute and retry.")

    def __init__(self, retry_after=60):
        self.retry_after = retry_after
        super().__init__()


@dataclass(frozen=True)
class FormState:
    """What a verified token held: the tool's data, the nonce that identifies the form, and
    when the form was rendered (a Unix time; None for a token made before that was kept)."""

    data: dict
    nonce: str
    rendered_at: float | None = None


class SignedFormState:
    """Signs and verifies the state of one tool of one city, for one purpose (a form name)."""

    def __init__(self, customisation, purpose="form", max_age=DEFAULT_MAX_AGE):
        self.customisation = customisation
        self.purpose = purpose
        self.max_age = max_age

    @property
    def salt(self):
        """Bound to the tool, the city (all its language versions) and the purpose."""
        city_key = self.customisation.city.translation_key
        return f"tools.state:{self.customisation.tool_slug}:{city_key}:{self.purpose}"

    def dump(self, data):
        """A signed token carrying `data` (JSON-serialisable) and a new nonce."""
        payload = {"d": data, "n": secrets.token_urlsafe(18), "t": int(time.time())}
        return signing.dumps(payload, salt=self.salt, compress=True)

    def load(self, token):
        """Verify `token` and return its `FormState` without consuming it (for GET screens)."""
        if not token:
            raise ForgedState(_("This form is missing its state. Please start again."))
        try:
            payload = signing.loads(token, salt=self.salt, max_age=self.max_age)
        except signing.SignatureExpired:
            raise ExpiredState from None
        except signing.BadSignature:
            raise ForgedState from None
        if not isinstance(payload, dict) or not isinstance(payload.get("n"), str):
            raise ForgedState
        rendered_at = payload.get("t")
        if not isinstance(rendered_at, int):
            rendered_at = None
        return FormState(data=payload.get("d"), nonce=payload["n"], rendered_at=rendered_at)

    def accept(self, token):
        """Verify `token` and consume its nonce: a second use raises `ReplayedState`.

        A form sent back sooner than `TOOLS_MIN_FILL_SECONDS` after it was rendered raises
        `TooFastSubmission` first, without consuming the nonce.
        """
        state = self.load(token)
        check_fill_time(state)
        if not UsedFormNonce.consume(state.nonce):
            raise ReplayedState
        return state


def request_origin(request):
    """The origin that sent `request`: its Origin header, else its Referer's origin, or None."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin.rstrip("/").lower()
    referer = request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        if parts.scheme and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}".lower()
    return None


def allowed_origins_for(request, customisation):
    """This site's own origin plus the origins the city allows to embed the tool."""
    own = f"{request.scheme}://{request.get_host()}".lower()
    return {own, *customisation.allowed_origins}


def min_fill_seconds():
    return getattr(settings, "TOOLS_MIN_FILL_SECONDS", DEFAULT_MIN_FILL_SECONDS) or 0


def check_fill_time(state):
    """Raise `TooFastSubmission` when `state`'s form came back too soon to be a person's."""
    minimum = min_fill_seconds()
    if minimum and state.rendered_at is not None and time.time() - state.rendered_at < minimum:
        raise TooFastSubmission


def check_bot_traps(request):
    """Raise `HoneypotFilled` when the hidden honeypot field of the form is filled in."""
    if request.POST.get(HONEYPOT_FIELD, "").strip():
        raise HoneypotFilled


def check_rate(request):
    """Count a public POST for its client; raise `TooManySubmissions` beyond the limit."""
    wait = record_hit(request)
    if wait:
        raise TooManySubmissions(retry_after=wait)


def check_origin(request, customisation):
    """Raise `OriginRefused` unless the request comes from an allowed origin, and
    `TooManySubmissions` when its client has sent too many.

    Every POST to a tool passes here (the framework's `ToolView.post()`, then
    `accept_submission()`); the rate limit counts each request once.
    A browser always sends Origin with a cross-site POST, so a missing one is refused too.
    """
    check_rate(request)
    origin = request_origin(request)
    if origin is None or origin not in allowed_origins_for(request, customisation):
        raise OriginRefused


def accept_submission(
    request, customisation, purpose="form", max_age=DEFAULT_MAX_AGE, field=STATE_FIELD
):
    """Check a POST's origin, its bot traps and its rate, verify its signed state and consume
    its nonce.

    Returns the `FormState`; raises `OriginRefused`, `TooManySubmissions`, `HoneypotFilled`,
    `ForgedState`, `ExpiredState`, `TooFastSubmission` or `ReplayedState`. Use `state.nonce` as
    the unique submission token of a stored result.
    """
    check_origin(request, customisation)
    check_bot_traps(request)
    signer = SignedFormState(customisation, purpose=purpose, max_age=max_age)
    return signer.accept(request.POST.get(field, ""))


class CookielessFormMixin:
    """For a class-based view of one tool's form: csrf-exempt, verified by signed state.

    The view must set `self.customisation` before `dispatch()` reaches this mixin (the
    framework's `CityToolViewMixin` does). On POST, `self.form_state` holds the verified
    `FormState`; a refused post gets the refusal page. In GET handlers and templates, use
    `self.sign_state(data)` for the hidden `STATE_FIELD` value.
    """

    state_purpose = "form"
    state_max_age = DEFAULT_MAX_AGE

    @classmethod
    def as_view(cls, **initkwargs):
        # No CSRF cookie reaches a cross-site iframe; the signed state and origin check stand in.
        return csrf_exempt(super().as_view(**initkwargs))

    def get_form_state_signer(self):
        return SignedFormState(
            self.customisation, purpose=self.state_purpose, max_age=self.state_max_age
        )

    def sign_state(self, data):
        """A signed token for the next form of this flow."""
        return self.get_form_state_signer().dump(data)

    def dispatch(self, request, *args, **kwargs):
        self.form_state = None
        if request.method == "POST":
            try:
                self.form_state = accept_submission(
                    request,
                    self.customisation,
                    purpose=self.state_purpose,
                    max_age=self.state_max_age,
                )
            except StateRefused as refusal:
                return refusal.as_response(request, self.customisation)
        return super().dispatch(request, *args, **kwargs)
