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
- Replay memory: the codes of accepted forms are kept (`tools.counters`) for as long as the
  longest-lived form of any installed tool can live (`longest_form_age()`, from each tool's
  `form_max_ages`), so a form can never outlive the memory of having been sent.
- Journeys: a multi-step form carries one `journey` code through all its steps. Its final step
  consumes that code as well as the page's (`accept_submission(journey=...)`), and a post of any
  step of a finished journey is refused (`check_journey_open()`, 409): one completion per
  journey, however its earlier pages are re-sent.
- `submission_once()` wraps the final step's storing: codes consumed and the result stored in
  one transaction; a database lock becomes `ServiceBusy` (503 with `Retry-After`) and the codes
  stay unspent, so the resident can send the same page again.
- Refusals a resident can recover from (`StateRefused.keeps_answers`: too fast, expired, rate
  limited, busy) are shown by the wizards on the same step with every answer in place.
- The framework's tool view turns a `StateRefused` raised in `CityTool.serve()` into its
  refusal page.

The signed data is readable by the resident (signed, not encrypted): keep answers there, never
anything secret.
"""

import logging
import secrets
import time
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import OperationalError, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from tools.counters import counters
from tools.form_fields import HONEYPOT_FIELD, STATE_FIELD
from tools.registry import get_tool_types
from tools.throttling import record_hit
from tools.validators import normalise_origin

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_MIN_FILL_SECONDS",
    "HONEYPOT_FIELD",
    "STATE_FIELD",
    "ExpiredState",
    "ForgedState",
    "FormState",
    "HoneypotFilled",
    "OriginRefused",
    "ReplayedState",
    "ServiceBusy",
    "SignedFormState",
    "StateRefused",
    "TooFastSubmission",
    "TooManySubmissions",
    "accept_submission",
    "allowed_origins_for",
    "check_bot_traps",
    "check_journey_open",
    "check_fill_time",
    "check_origin",
    "check_rate",
    "longest_form_age",
    "new_journey",
    "request_origin",
    "shown_again",
    "submission_once",
]

logger = logging.getLogger(__name__)

#: How long a resident may take between two steps (seconds), unless the tool's
#: `form_max_ages` says otherwise for a form.
DEFAULT_MAX_AGE = 3 * 60 * 60
#: How long to ask a resident to wait when the database is busy (seconds).
BUSY_RETRY_AFTER = 5
#: The least time between rendering a form and accepting it, unless TOOLS_MIN_FILL_SECONDS.
DEFAULT_MIN_FILL_SECONDS = 2


class StateRefused(Exception):
    """A submission that must not be processed. `status` and `message` say why."""

    status = 400
    message = _("This form could not be accepted.")
    #: A refusal the resident can recover from by sending the same answers again: a form
    #: shows the same step with the message and every answer in place (`shown_again()`).
    keeps_answers = False

    @property
    def message_with_answers(self):
        """The message to show above a form shown again with its answers."""
        return self.message

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))

    def as_response(self, request, customisation=None):
        """The refusal page, with the status code; framed like the tool when embedded."""
        response = TemplateResponse(
            request,
            "tools/refused.html",
            {"message": self.message, "customisation": customisation},
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
    keeps_answers = True

    @property
    def message_with_answers(self):
        return _(
            "This page was open for too long to be accepted. Your answers are still here: "
            "check them and send the page again."
        )


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
        "This form was sent too quickly after it was shown. Please wait a moment and send it again."
    )
    keeps_answers = True


class TooManySubmissions(StateRefused):
    status = 429
    message = _("Too many forms were sent from your connection. Please wait a minute and retry.")
    keeps_answers = True

    def __init__(self, retry_after=60):
        self.retry_after = retry_after
        super().__init__()


class ServiceBusy(StateRefused):
    """The database was locked for too long: nothing was stored and no code was spent."""

    status = 503
    message = _(
        "The service is busy and your answers could not be saved yet. They are kept on this "
        "page: please send it again in a few seconds."
    )
    keeps_answers = True

    def __init__(self, retry_after=BUSY_RETRY_AFTER, message=None):
        self.retry_after = retry_after
        super().__init__(message)


def shown_again(response, refusal):
    """`response`, the same form shown again with its answers and a fresh state, answering
    `refusal`: with its status code and `Retry-After`. The template shows
    `refusal_message` (tools/includes/refusal.html)."""
    response.status_code = refusal.status
    if getattr(refusal, "retry_after", None):
        response["Retry-After"] = str(refusal.retry_after)
    return response


def longest_form_age():
    """The longest time any form of an installed tool may live (seconds).

    Derived from the tools' declarations (`CityTool.form_max_ages`), so that the memory of
    used codes, which must last at least that long, cannot drift from the forms themselves.
    """
    ages = [DEFAULT_MAX_AGE]
    for model in get_tool_types():
        ages.extend(getattr(model, "form_max_ages", {}).values())
    return max(ages)


def form_max_age(customisation, purpose):
    """How long a form of `purpose` of this tool lives (its `form_max_ages`, else default)."""
    return getattr(customisation, "form_max_ages", {}).get(purpose, DEFAULT_MAX_AGE)


def new_journey():
    """A fresh code naming one resident's way through a multi-step form."""
    return secrets.token_urlsafe(12)


def _journey_code(journey):
    return f"journey:{journey}"


def check_journey_open(journey):
    """Raise `ReplayedState` when the journey `journey` has already been completed."""
    if journey and counters().is_used(_journey_code(journey)):
        raise ReplayedState


def _consume(code):
    return counters().consume(code, ttl=longest_form_age())


@dataclass(frozen=True)
class FormState:
    """What a verified token held: the tool's data, the nonce that identifies the form, and
    when the form was rendered (a Unix time; None for a token made before that was kept)."""

    data: dict
    nonce: str
    rendered_at: float | None = None


class SignedFormState:
    """Signs and verifies the state of one tool of one city, for one purpose (a form name)."""

    def __init__(self, customisation, purpose="form", max_age=None):
        self.customisation = customisation
        self.purpose = purpose
        self.max_age = form_max_age(customisation, purpose) if max_age is None else max_age

    @property
    def salt(self):
        """Bound to the tool, the city (all its language versions) and the purpose."""
        city_key = self.customisation.city.translation_key
        return f"tools.state:{self.customisation.tool_slug}:{city_key}:{self.purpose}"

    def dump(self, data):
        """A signed token carrying `data` (JSON-serialisable) and a new nonce."""
        payload = {"d": data, "n": secrets.token_urlsafe(18), "t": int(time.time())}
        return signing.dumps(payload, salt=self.salt, compress=True)

    def load(self, token, check_age=True):
        """Verify `token` and return its `FormState` without consuming it (for GET screens).

        `check_age=False` accepts an expired token whose signature is good: to show an expired
        form's answers again, never to accept them.
        """
        if not token:
            raise ForgedState(_("This form is missing its state. Please start again."))
        try:
            max_age = self.max_age if check_age else None
            payload = signing.loads(token, salt=self.salt, max_age=max_age)
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

    def accept(self, token, journey=None):
        """Verify `token` and consume its nonce: a second use raises `ReplayedState`.

        A form sent back sooner than `TOOLS_MIN_FILL_SECONDS` after it was rendered raises
        `TooFastSubmission` first, without consuming the nonce. With `journey`, the journey's
        code is consumed too: its final step is accepted once, whichever page sent it.
        """
        return self.spend(self.load(token), journey=journey)

    def spend(self, state, journey=None):
        """Consume the codes of `state`, a `FormState` this signer verified already (`load`):
        the same checks as `accept()` but the signature's, which is not verified twice."""
        check_fill_time(state)
        if not _consume(state.nonce):
            raise ReplayedState
        if journey and not _consume(_journey_code(journey)):
            counters().release(state.nonce)
            raise ReplayedState
        return state


def _origin_or_none(value):
    try:
        return normalise_origin(value)
    except ValidationError:
        return None


def request_origin(request):
    """The origin that sent `request`: its Origin header, else its Referer's origin, or None.

    Written as the city's listed origins are (`tools.validators.normalise_origin`: lower case,
    no default port), so that the two compare as equals."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return _origin_or_none(origin)
    referer = request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        if parts.scheme and parts.netloc:
            return _origin_or_none(f"{parts.scheme}://{parts.netloc}")
    return None


def allowed_origins_for(request, customisation):
    """This site's own origin plus the origins the city allows to embed the tool."""
    own = _origin_or_none(f"{request.scheme}://{request.get_host()}")
    return {own, *customisation.allowed_origins} - {None}


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


def check_rate(request, scope="tools-post", rate=None):
    """Count a public POST for its client; raise `TooManySubmissions` beyond the limit (the
    scope's own `rate`, such as "20/h", or `TOOLS_RATE_LIMIT`)."""
    wait = record_hit(request, scope, rate)
    if wait:
        raise TooManySubmissions(retry_after=wait)


def check_origin(request, customisation, rate=True):
    """Raise `OriginRefused` unless the request comes from an allowed origin, and
    `TooManySubmissions` when its client has sent too many.

    Every POST to a tool passes here (the framework's `ToolView.post()`, then
    `accept_submission()`); the rate limit counts each request once. With `rate=False` the
    request is counted but a refusal is left to the tool (`check_rate()`), for forms that show
    it on the same step with the answers.
    A browser always sends Origin with a cross-site POST, so a missing one is refused too.
    """
    if rate:
        check_rate(request)
    else:
        record_hit(request)
    if getattr(request, "_tools_origin_checked", None) == customisation.pk:
        return  # the framework's ToolView checked it already: once per request
    origin = request_origin(request)
    if origin is None or origin not in allowed_origins_for(request, customisation):
        raise OriginRefused
    request._tools_origin_checked = customisation.pk


def accept_submission(
    request,
    customisation,
    purpose="form",
    max_age=None,
    field=STATE_FIELD,
    journey=None,
    state=None,
):
    """Check a POST's origin, its bot traps and its rate, verify its signed state and consume
    its nonce (and its `journey`'s code, for the final step of a multi-step form).

    A view that has read the state already (`SignedFormState.load()`, to refuse a forged form
    before anything else) passes that `state`: its signature is then not verified again.

    Returns the `FormState`; raises `OriginRefused`, `TooManySubmissions`, `HoneypotFilled`,
    `ForgedState`, `ExpiredState`, `TooFastSubmission` or `ReplayedState`. Use `state.nonce` as
    the unique submission token of a stored result.
    """
    check_origin(request, customisation)
    check_bot_traps(request)
    signer = SignedFormState(customisation, purpose=purpose, max_age=max_age)
    if state is not None:
        return signer.spend(state, journey=journey)
    return signer.accept(request.POST.get(field, ""), journey=journey)


@contextmanager
def submission_once(request, customisation, purpose="form", journey=None, state=None):
    """Accept the final step of a form and store its result, once.

    `with submission_once(request, tool, purpose, journey) as state:` store the result inside
    the block. The codes are consumed and the result stored in one transaction: if storing
    fails, no code is spent (with Redis, they are released), so the resident can send the page
    again. A database lock (SQLite's busy timeout, PostgreSQL's lock timeout) becomes
    `ServiceBusy`: a 503 with `Retry-After` instead of a server error. A form that read and
    verified its `state` already (a wizard, or a view that refuses a forged form first) passes
    it, so that its signature is checked once.
    """
    spent = []
    try:
        with transaction.atomic():
            state = accept_submission(
                request, customisation, purpose=purpose, journey=journey, state=state
            )
            spent = [state.nonce, *([_journey_code(journey)] if journey else [])]
            yield state
    except OperationalError:
        logger.warning("Database busy while storing a %s submission", purpose, exc_info=True)
        for code in spent:
            counters().release(code)
        raise ServiceBusy from None
    except BaseException:
        for code in spent:
            counters().release(code)
        raise
