"""Cookieless multi-step forms: signed state, one use per form, and an origin check."""

import pytest
from django.core import signing

from tests.helpers import soup_of
from tests.stored import used_codes
from tools.models import UsedFormNonce
from tools.state import (
    ExpiredState,
    ForgedState,
    OriginRefused,
    ReplayedState,
    SignedFormState,
    accept_submission,
    check_origin,
)

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/throwaway/lisbon/"
SITE = "http://testserver"


def state_of(response):
    return soup_of(response, status=None).find("input", {"name": "tool_state"})["value"]


def post(client, token, origin=SITE, **extra):
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post(EMBED, {"tool_state": token, "colour": "blue"}, **headers, **extra)


def test_two_steps_work_without_any_cookie(client, lisbon_customisation):
    first = client.get(EMBED)
    client.cookies.clear()

    second = post(client, state_of(first))

    assert second.status_code == 200
    assert not second.cookies
    third = post(client, state_of(second))
    assert third.status_code == 302
    assert third["Location"] == EMBED + "done/"


def test_post_from_the_city_site_inside_its_frame_is_accepted(client, lisbon_customisation):
    token = state_of(client.get(EMBED))
    assert post(client, token, origin="https://www.city.example").status_code == 200


def test_forged_state_is_refused(client, lisbon_customisation):
    token = state_of(client.get(EMBED))
    payload, _sep, signature = token.rpartition(":")
    forged = signing.dumps({"d": {"step": 2}, "n": "x"}, salt="another salt")

    for bad in (forged, payload + ":" + signature[::-1], "", "garbage"):
        response = post(client, bad)
        assert response.status_code == 400
        assert "start again" in response.content.decode()


def test_state_of_another_city_is_refused(client, lisbon_customisation, rijeka_customisation):
    token = state_of(client.get("/en/embed/throwaway/rijeka/"))
    response = post(client, token)
    assert response.status_code == 400


def test_expired_state_is_refused(lisbon_customisation, rf):
    token = SignedFormState(lisbon_customisation).dump({"step": 1})
    with pytest.raises(ExpiredState) as refused:
        SignedFormState(lisbon_customisation, max_age=-1).load(token)
    assert refused.value.status == 400
    assert "expired" in str(refused.value.message)


def test_replayed_form_is_refused(client, lisbon_customisation):
    token = state_of(client.get(EMBED))

    assert post(client, token).status_code == 200
    replay = post(client, token)

    assert replay.status_code == 409
    assert "already been sent" in replay.content.decode()


@pytest.mark.parametrize("origin", ["https://evil.example", "null", None])
def test_post_from_an_unlisted_origin_is_refused(client, lisbon_customisation, origin):
    token = state_of(client.get(EMBED))

    response = post(client, token, origin=origin)

    assert response.status_code == 403
    assert "not allowed" in response.content.decode()
    # The refused form did not use up its nonce: the real resident can still send it.
    assert post(client, token).status_code == 200


def test_referer_stands_in_for_a_missing_origin(client, lisbon_customisation):
    token = state_of(client.get(EMBED))
    response = post(client, token, origin=None, HTTP_REFERER=SITE + EMBED)
    assert response.status_code == 200


def test_the_sites_own_origin_matches_whatever_way_its_host_names_the_default_port(
    client, lisbon_customisation
):
    # Behind a proxy that passes "Host: testserver:80", the browser still sends its Origin
    # without the default port: both are written the one way the city's origins are.
    token = state_of(client.get(EMBED))
    response = post(client, token, origin="HTTP://TestServer", HTTP_HOST="testserver:80")
    assert response.status_code == 200


def test_refusal_inside_the_frame_keeps_the_city_framing(client, lisbon_customisation):
    response = post(client, "garbage")
    assert "frame-ancestors 'self' https://www.city.example" in response["Content-Security-Policy"]


def test_helpers_raise_clear_refusals(lisbon_customisation, rf):
    signer = SignedFormState(lisbon_customisation)
    token = signer.dump({"answers": [1, 2]})
    good = rf.post("/", {"tool_state": token}, HTTP_ORIGIN="https://www.city.example")

    state = accept_submission(good, lisbon_customisation)

    assert state.data == {"answers": [1, 2]}
    assert state.nonce in used_codes()
    with pytest.raises(ReplayedState):
        accept_submission(good, lisbon_customisation)
    with pytest.raises(ForgedState):
        signer.load(token + "x")
    with pytest.raises(OriginRefused):
        check_origin(
            rf.post("/", HTTP_ORIGIN="https://www.city.example.evil"), lisbon_customisation
        )


def test_old_nonces_can_be_purged(lisbon_customisation):
    UsedFormNonce.consume("old")
    UsedFormNonce.objects.update(used_at="2020-01-01T00:00:00Z")
    UsedFormNonce.consume("new")

    assert UsedFormNonce.purge_older_than(3600) == 1
    assert list(UsedFormNonce.objects.values_list("nonce", flat=True)) == ["new"]
