"""A django-formtools storage back-end that keeps a wizard's data in a signed form field.

Why not formtools' SessionStorage or CookieStorage: tools are embedded in other sites' pages, in
cross-site iframes where browsers that block third-party cookies send no cookie at all, so
neither a session nor a cookie would come back on the next step. The wizard's data (current
step, the raw text of each step, and any uploaded files) travels in the page instead:
`signed_token()` signs it with `tools.state.SignedFormState` (salted per tool, city and purpose,
timestamped) for the hidden `STATE_FIELD`, and the next POST brings it back. A forged or expired
token raises `ForgedState` / `ExpiredState`.

Files cannot travel in a form field, so each upload is saved as a pending file in
`file_storage` and only its name goes in the signed state: a visitor cannot point the wizard at
another file, since the state is signed. The name is made of the journey's code (random, one per
resident's way through the form) and the field, so posting a step again, even with an old state,
replaces the file instead of adding one: one form holds at most one pending file per file field
(see `tools.uploads` for the quota and the cleaner).

Every state carries its journey's code (`journey`): the final step consumes it
(`tools.state.submission_once`), and `check_journey_open()` refuses (409) a post of any step of a
journey already completed. An expired state is still read (its signature checked) so that the
wizard can show the same step again with its answers and a fresh state (`refusal`).

Intermediate steps only read the token (a reload or "Back" shows the same answers); the final
submission consumes its nonce (`tools.state.accept_submission`), so it is stored once only.
A tool that needs more in the state (a group session's code, say) subclasses the storage and
overrides `load_extra()` and `dump_extra()`.
"""

import logging
import re
import time

from django.core.files.uploadedfile import UploadedFile
from formtools.wizard.storage.base import BaseStorage

from tools.state import (
    STATE_FIELD,
    ExpiredState,
    ForgedState,
    check_journey_open,
    longest_form_age,
    new_journey,
)

__all__ = ["PendingUpload", "SignedFieldStorage"]

logger = logging.getLogger(__name__)

#: What a journey's code and a field's name may hold, since both make a file name.
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class PendingUpload(UploadedFile):
    """A file uploaded on an earlier step, waiting as a pending file."""

    pending_name = ""


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


def _valid_step_files(step_files):
    """{step: {field: {"tmp_name": str, "name": str, "size": int}}} and nothing else."""
    if not isinstance(step_files, dict):
        return False
    for fields in step_files.values():
        if not isinstance(fields, dict):
            return False
        for info in fields.values():
            if not (
                isinstance(info, dict)
                and isinstance(info.get("tmp_name"), str)
                and "/" not in info["tmp_name"]
                and isinstance(info.get("size"), int)
            ):
                return False
    return True


class SignedFieldStorage(BaseStorage):
    """Wizard storage read from, and written to, a signed hidden field (no cookie, no session).

    `signer` is a `tools.state.SignedFormState` of the city's customisation; `file_storage`
    keeps pending uploads. `lost_files` is True when a pending file named in the state is gone
    (purged): the step that took it then asks for it again.
    """

    #: The content type given to pending files read back from the storage.
    pending_content_type = "application/octet-stream"

    def __init__(self, prefix, request=None, file_storage=None, *, signer):
        super().__init__(prefix, request, file_storage)
        self.signer = signer
        self.init_data()
        self.nonce = None
        #: The verified `FormState` of the POST (None on a GET).
        self.state = None
        self.lost_files = False
        self.journey = new_journey()
        #: A refusal the resident can recover from, found while loading (an expired state).
        self.refusal = None
        if request is not None and request.method == "POST":
            self._load(request.POST.get(STATE_FIELD, ""))

    def _load(self, token):
        try:
            state = self.signer.load(token)  # raises ForgedState / ExpiredState
        except ExpiredState:
            # Signed by us but too old: read it to show the answers again, never to accept them
            # (and only while the memory of finished journeys still knows whether it was one).
            state = self.signer.load(token, check_age=False)
            if state.rendered_at is None or time.time() - state.rendered_at > longest_form_age():
                raise
            self.refusal = ExpiredState()
        data = state.data
        if not isinstance(data, dict):
            raise ForgedState
        journey = data.get("journey", self.journey)
        if not isinstance(journey, str) or not _SAFE_NAME.match(journey):
            raise ForgedState
        self.journey = journey
        step = data.get("step")
        step_data = data.get("step_data", {})
        step_files = data.get("step_files", {})
        if (
            not (step is None or isinstance(step, str))
            or not _valid_step_data(step_data)
            or not _valid_step_files(step_files)
        ):
            raise ForgedState
        self.data[self.step_key] = step
        self.data[self.step_data_key] = step_data
        self.load_extra(data)
        self.data[self.step_files_key] = step_files
        self.nonce = state.nonce
        self.state = state

    def load_extra(self, data):
        """Read what a subclass added to the state (`dump_extra`); raise ForgedState if odd."""

    def dump_extra(self):
        """What a subclass adds to the signed state: a dict of JSON-serialisable values."""
        return {}

    def check_journey_open(self):
        """Raise `ReplayedState` (409) when this journey has already been completed."""
        check_journey_open(self.journey)

    def signed_token(self):
        """The signed state to put in the hidden field of the page being rendered."""
        return self.signer.dump(
            {
                **self.dump_extra(),
                "journey": self.journey,
                "step": self.data[self.step_key],
                "step_data": self.data[self.step_data_key],
                "step_files": self.data[self.step_files_key],
            }
        )

    def get_step_files(self, step):
        """The step's pending uploads as `PendingUpload` files; missing ones are dropped."""
        stored = self.data[self.step_files_key].get(step, {})
        files = {}
        for field, info in list(stored.items()):
            if (step, field) not in self._files:
                if not self.file_storage.exists(info["tmp_name"]):
                    del stored[field]
                    self.lost_files = True
                    continue
                pending = PendingUpload(
                    file=self.file_storage.open(info["tmp_name"]),
                    name=info["tmp_name"],
                    content_type=self.pending_content_type,
                    size=info["size"],
                )
                pending.pending_name = info["tmp_name"]
                self._files[(step, field)] = pending
            files[field] = self._files[(step, field)]
        return files or None

    def set_step_files(self, step, files):
        """Merge this step's files with those kept from before: a new file replaces the one
        of its field, `None` removes it, a field not mentioned keeps its file."""
        stored = self.data[self.step_files_key].setdefault(step, {})
        for field, upload in (files or {}).items():
            if upload is None:
                old = stored.pop(field, None)
                if old:
                    self._tmp_files.append(old["tmp_name"])
                continue
            if isinstance(upload, PendingUpload):
                continue
            name = self.pending_name(step, field, upload.name)
            try:
                # The same name for the same journey and field: a step posted again replaces.
                self.file_storage.delete(name)
                name = self.file_storage.save(name, upload)
            except OSError:
                logger.warning("A pending upload could not be written", exc_info=True)
                self.lost_files = True
                continue
            old = stored.get(field)
            if old and old["tmp_name"] != name:
                self._tmp_files.append(old["tmp_name"])
            stored[field] = {"tmp_name": name, "name": name, "size": upload.size}

    def pending_name(self, step, field, original_name):
        """The pending file's name for this journey, step and field."""
        suffix = original_name.rpartition(".")[2].lower() if "." in original_name else "bin"
        if not suffix.isalnum() or len(suffix) > 5:
            suffix = "bin"
        parts = [part if _SAFE_NAME.match(part) else "x" for part in (step, field)]
        return f"{self.journey}-{parts[0]}-{parts[1]}.{suffix}"

    def pending_names(self):
        """Every pending file the state names."""
        return [
            info["tmp_name"]
            for fields in self.data[self.step_files_key].values()
            for info in fields.values()
        ]

    def update_response(self, response):
        """Close opened files and delete replaced ones; nothing to write on the response."""
        for file in self._files.values():
            if not file.closed:
                file.close()
        for name in self._tmp_files:
            try:
                self.file_storage.delete(name)
            except OSError:
                logger.warning("A replaced pending upload could not be deleted", exc_info=True)
        self._tmp_files = []
