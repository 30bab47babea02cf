"""A django-formtools storage back-end that keeps the wizard's data in a signed form field.

Why not formtools' SessionStorage or CookieStorage: the test is embedded in other sites'
pages, in a cross-site iframe, where browsers that block third-party cookies (Safari's and
Firefox's default) send no cookie at all, so neither the session nor a cookie would come
back on the next step. The wizard's data (current step and the raw answers of each step)
therefore travels in the page: `signed_token()` signs it with `tools.state.SignedFormState`
(salted per tool, city and purpose, timestamped) for the hidden `STATE_FIELD`; the next POST
brings it back and `SignedFieldStorage` verifies it (a forged or expired token raises the
framework's `ForgedState` / `ExpiredState`, turned into a 400 page by the tool view).

Intermediate steps only *read* the token, so reloading a step (the browser re-sends the POST)
or going back shows the same answers. The final submission additionally consumes the token's
nonce with `tools.state.accept_submission`, so a replayed submission is refused (409) and
stored once only. The data is signed, not encrypted: it holds only answer positions, and the
code of the group session the resident joined (`event_code`), if any.
"""

from tools.state import ForgedState
from tools.wizard_storage import SignedFieldStorage

__all__ = ["CitizenshipWizardStorage"]


class CitizenshipWizardStorage(SignedFieldStorage):
    """The framework's signed-field storage, plus the code of the group session joined."""

    # A class default, not set in __init__: the base class loads the state while initialising.
    # Kept outside `self.data`, which WizardView.get() resets, unlike the session joined.
    event_code = None

    def load_extra(self, data):
        event_code = data.get("event")
        if not (event_code is None or isinstance(event_code, str) and len(event_code) <= 20):
            raise ForgedState
        self.event_code = event_code

    def dump_extra(self):
        return {"event": self.event_code} if self.event_code else {}
