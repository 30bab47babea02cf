"""The signed-field wizard storage that multi-step tools share (no cookie, no session)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage

from tools.state import STATE_FIELD, ForgedState, SignedFormState
from tools.wizard_storage import PendingUpload, SignedFieldStorage

pytestmark = pytest.mark.django_db


class WithCode(SignedFieldStorage):
    """A tool that also carries a group session's code in the state."""

    code = None

    def load_extra(self, data):
        code = data.get("code")
        if code is not None and not isinstance(code, str):
            raise ForgedState
        self.code = code

    def dump_extra(self):
        return {"code": self.code} if self.code else {}


def next_request(rf, token, **fields):
    return rf.post("/", {STATE_FIELD: token, **fields})


def test_answers_and_extra_state_come_back_on_the_next_step(lisbon_customisation, rf):
    signer = SignedFormState(lisbon_customisation, "wizard")
    first = WithCode("wizard", rf.get("/"), signer=signer)
    first.current_step = "knowledge"
    first.set_step_data("knowledge", {"q1": ["2"]})
    first.code = "K7MP2Q"

    second = WithCode("wizard", next_request(rf, first.signed_token()), signer=signer)

    assert second.current_step == "knowledge"
    assert second.get_step_data("knowledge") == {"q1": ["2"]}
    assert second.code == "K7MP2Q"


def test_tampered_state_is_refused(lisbon_customisation, rf):
    signer = SignedFormState(lisbon_customisation, "wizard")
    storage = SignedFieldStorage("wizard", rf.get("/"), signer=signer)
    storage.set_step_data("knowledge", {"q1": ["2"]})
    token = storage.signed_token()
    with pytest.raises(ForgedState):
        SignedFieldStorage("wizard", next_request(rf, token[:-2] + "xx"), signer=signer)


def test_state_signed_for_another_purpose_is_refused(lisbon_customisation, rf):
    token = SignedFieldStorage(
        "wizard", rf.get("/"), signer=SignedFormState(lisbon_customisation, "other")
    ).signed_token()
    with pytest.raises(ForgedState):
        SignedFieldStorage(
            "wizard",
            next_request(rf, token),
            signer=SignedFormState(lisbon_customisation, "wizard"),
        )


def test_an_upload_waits_as_a_pending_file_between_steps(lisbon_customisation, rf):
    signer = SignedFormState(lisbon_customisation, "wizard")
    files = InMemoryStorage()
    first = SignedFieldStorage("wizard", rf.get("/"), files, signer=signer)
    first.set_step_files("photos", {"photo": ContentFile(b"jpeg bytes", name="photo.jpg")})
    first.update_response(None)

    second = SignedFieldStorage(
        "wizard", next_request(rf, first.signed_token()), files, signer=signer
    )
    pending = second.get_step_files("photos")["photo"]

    assert isinstance(pending, PendingUpload)
    assert pending.read() == b"jpeg bytes"
    assert second.pending_names() == [pending.pending_name]
