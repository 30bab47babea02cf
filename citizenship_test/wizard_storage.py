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
stored once only. The data is signed, not encrypted: it holds only answer positions.
"""

from formtools.wizard.storage.base import BaseStorage

from tools.state import STATE_FIELD, ForgedState

__all__ = ["SignedFieldStorage"]


def _valid_step_data(step_data):
    """{step: {field: [str, ...]}} and nothing else."""
    if not isinstance(step_data, dict):
        return False
    for fields in step_data.values():
        if not isinstance(fields, dict):
            return False
        for values in fields.values():
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return False
    return True


class SignedFieldStorage(BaseStorage):
    """Wizard storage read from, and written to, a signed hidden field (no cookie, no session).

    `signer` is a `tools.state.SignedFormState` for the city's customisation.
    """

    def __init__(self, prefix, request=None, file_storage=None, *, signer):
        super().__init__(prefix, request, file_storage)
        self.signer = signer
        self.init_data()
        self.nonce = None
        if request is not None and request.method == "POST":
            self._load(request.POST.get(STATE_FIELD, ""))

    def _load(self, token):
        state = self.signer.load(token)  # raises ForgedState / ExpiredState
        data = state.data
        if not isinstance(data, dict):
            raise ForgedState
        step = data.get("step")
        step_data = data.get("step_data", {})
        if not (step is None or isinstance(step, str)) or not _valid_step_data(step_data):
            raise ForgedState
        self.data[self.step_key] = step
        self.data[self.step_data_key] = step_data
        self.nonce = state.nonce

    def signed_token(self):
        """The signed state to put in the hidden field of the page being rendered."""
        return self.signer.dump(
            {"step": self.data[self.step_key], "step_data": self.data[self.step_data_key]}
        )

    def update_response(self, response):
        """Nothing to write on the response: the state is in the page itself."""
