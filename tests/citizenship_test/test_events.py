"""Event mode: a coordinator opens a session, participants join with its code (or its QR
code) and take the test without cookies, the facilitator sees the group's aggregate."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from citizenship_test.models import Completion, EventSession
from citizenship_test.models.events import CODE_ALPHABET, CODE_LENGTH, normalise_code
from tests.citizenship_test.conftest import Resident, add_completion
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/citizenship-test/lisbon/"
PAGE = "/en/tools/citizenship-test/lisbon/"


@pytest.fixture
def session(lisbon_customisation):
    return EventSession.open_for(lisbon_customisation, "en", title="Library evening")


def join_and_finish(code, base=PAGE):
    """Open the session's direct link, answer every step and send: the final response."""
    resident = Resident(base)
    resident.response = Client().get(f"{base}join/{code}/")
    assert resident.response.status_code == 200
    resident.to_review()
    return resident, resident.post()


def test_session_code_is_short_unambiguous_and_unique(lisbon_customisation):
    codes = {EventSession.open_for(lisbon_customisation, "en").code for _n in range(30)}

    assert len(codes) == 30
    for code in codes:
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(CODE_ALPHABET)
        assert not set(code) & set("01OIL")


def test_typed_code_is_forgiving_about_case_and_spaces():
    assert normalise_code(" ab3 -k7q ") == "AB3K7Q"


def test_join_page_asks_for_the_code_and_sends_to_the_session(session):
    page = Client().get(f"{PAGE}join/")
    assert page.status_code == 200
    field = soup_of(page).select_one("input[name=code]")
    assert soup_of(page).select_one(f"label[for={field['id']}]") is not None

    response = Client().get(f"{PAGE}join/", {"code": session.code.lower()})

    assert response.status_code == 302
    assert response["Location"] == f"{PAGE}join/{session.code}/"


def test_session_link_starts_the_wizard_with_the_code_on_every_step(session):
    resident = Resident(PAGE)
    resident.response = Client().get(f"{PAGE}join/{session.code}/")

    assert resident.step_status() == "Step 1 of 5"
    assert session.code in resident.soup.select_one(".ct-event-note").text
    resident.answer_all()
    assert session.code in resident.soup.select_one(".ct-event-note").text


def test_participant_completion_is_linked_to_the_session_without_cookies(session):
    _resident, final = join_and_finish(session.code)

    assert final.status_code == 303
    assert not final.cookies
    completion = Completion.objects.get()
    assert completion.event_session == session


def test_session_link_works_inside_the_embed_too(session):
    _resident, final = join_and_finish(session.code, base=EMBED)
    assert final.status_code == 303
    assert Completion.objects.get().event_session == session


def test_test_taken_alone_has_no_session(lisbon_customisation, session):
    resident = Resident(PAGE)
    resident.start()
    resident.to_review()
    resident.post()
    assert Completion.objects.get().event_session is None
    assert not resident.soup.select(".ct-event-note")


def test_unknown_code_gets_a_clear_message(lisbon_customisation):
    response = Client().get(f"{PAGE}join/ZZZZZZ/")

    assert response.status_code == 404
    assert "There is no group session with the code ZZZZZZ" in response.content.decode()
    assert soup_of(response, status=404).select_one("input[name=code]") is not None


def test_code_of_another_city_is_unknown_here(session, rijeka_customisation):
    response = Client().get(f"/en/tools/citizenship-test/rijeka/join/{session.code}/")
    assert response.status_code == 404


def test_closed_session_says_so(session):
    session.close()

    response = Client().get(f"{PAGE}join/{session.code}/")

    assert response.status_code == 410
    text = soup_of(response, status=410).select_one("[role=alert]").get_text()
    assert f"The session {session.code} is closed" in text
    assert not soup_of(response, status=410).select("form.ct-form")


def test_expired_session_is_closed(session):
    session.expires_at = timezone.now() - timedelta(minutes=1)
    session.save()

    assert not session.is_open()
    assert Client().get(f"{PAGE}join/{session.code}/").status_code == 410


def test_answers_sent_after_the_session_closed_count_for_the_city_only(session):
    resident = Resident(PAGE)
    resident.response = Client().get(f"{PAGE}join/{session.code}/")
    resident.to_review()
    session.close()

    assert resident.post().status_code == 303
    assert Completion.objects.get().event_session is None


def test_a_session_code_not_signed_by_the_site_is_refused(session, lisbon_customisation):
    from django.core import signing

    from citizenship_test.views.wizard import STATE_PURPOSE
    from tools.state import SignedFormState

    resident = Resident(PAGE)
    resident.start()
    state = {"step": "knowledge", "step_data": {}, "event": session.code}
    forged = signing.dumps({"d": state, "n": "x"}, salt="not-the-site", compress=True)
    assert resident.post(token=forged).status_code == 400
    # Well signed, but not a code: refused as forged.
    odd = SignedFormState(lisbon_customisation, purpose=STATE_PURPOSE).dump({**state, "event": 123})
    assert resident.post(token=odd).status_code == 400
    assert not Completion.objects.exists()


# --- The facilitator's side ---
def facilitator_client(user):
    client = Client()
    client.force_login(user)
    return client


def live_url(session):
    return f"/admin/citizenship-test/sessions/{session.pk}/live/"


def test_facilitator_fragment_shows_count_and_averages_from_three_answers(
    session, coordinator_of, lisbon
):
    customisation = session.customisation
    for knowledge, action, overall in [(100, 80, 84), (50, 40, 44), (0, 60, 45)]:
        add_completion(
            customisation,
            {
                "knowledge": knowledge,
                "competences": 50,
                "diversity": 75,
                "action": action,
                "overall": overall,
            },
            session=session,
        )
    add_completion(customisation, {"knowledge": 0, "overall": 0})  # not in the session
    client = facilitator_client(coordinator_of(lisbon))

    response = client.get(live_url(session))

    assert response.status_code == 200
    page = soup_of(response)
    assert page.select_one(".ct-live")["data-ct-count"] == "3"
    assert "3 answers so far" in page.select_one("[role=status]").text
    averages = [cell.get_text(strip=True) for cell in page.select(".ct-live__average")]
    assert averages == ["50.0", "50.0", "75.0", "60.0", "57.7"]
    assert page.select_one(".ct-chart svg title").text == "Average scores of the group, out of 100"
    # The distribution: knowledge 100 → strong, 50 → developing, 0 → beginning.
    knowledge_row = page.select("tbody tr")[0]
    assert [td.get_text() for td in knowledge_row.select("td")][1:] == ["1", "1", "1"]


def test_facilitator_shows_nothing_below_three_answers(session, coordinator_of, lisbon):
    for _n in range(2):
        add_completion(session.customisation, {"knowledge": 90, "overall": 90}, session=session)
    client = facilitator_client(coordinator_of(lisbon))

    page = soup_of(client.get(live_url(session)))

    assert "2 answers so far" in page.text
    assert "at least 3 people have answered" in page.text
    assert not page.select("svg") and "90" not in page.select_one(".ct-live").text


def test_facilitator_screen_shows_code_qr_and_join_link_and_refreshes(
    session, coordinator_of, lisbon
):
    client = facilitator_client(coordinator_of(lisbon))

    response = client.get(f"/admin/citizenship-test/sessions/{session.pk}/")

    page = soup_of(response)
    assert page.select_one(".ct-facilitator__code").text == session.code
    qr = page.select_one(".ct-facilitator__qr svg")
    assert qr["role"] == "img" and qr.select_one("title") and qr.select("path")
    join = f"http://testserver/en/tools/citizenship-test/lisbon/join/{session.code}/"
    assert join in response.context["join_url"]
    assert page.find("a", string="http://testserver/en/tools/citizenship-test/lisbon/join/")
    assert page.select_one("[data-ct-live]")["data-ct-live"] == live_url(session)
    assert page.select_one("script[src$='facilitator.js']")
    assert page.select_one("noscript meta[http-equiv=refresh]")


def test_qr_code_encodes_the_session_link(session):
    """The inline SVG is segno's matrix for exactly the session's link."""
    import re

    import segno

    from citizenship_test.qr import qr_svg

    url = f"http://testserver{session.join_path()}"
    expected = segno.make(url, error="m").svg_inline(scale=1, border=4, light="#fff")

    svg = qr_svg(url, "QR")

    assert svg.startswith('<svg role="img"')
    path = re.compile(r' d="([^"]+)"')
    assert path.findall(svg) == path.findall(expected)
    assert session.join_path() == f"/en/tools/citizenship-test/lisbon/join/{session.code}/"


def test_coordinator_opens_and_closes_a_session(lisbon_customisation, coordinator_of, lisbon):
    client = facilitator_client(coordinator_of(lisbon))
    new_url = f"/admin/citizenship-test/{lisbon_customisation.pk}/sessions/new/"
    assert client.get(new_url).status_code == 200

    response = client.post(new_url, {"title": "Training", "language": "fr", "hours": "2"})

    session = EventSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/citizenship-test/sessions/{session.pk}/"
    assert session.is_open() and session.language == "fr" and session.title == "Training"
    assert session.join_path().startswith("/fr/tools/citizenship-test/lisbon/join/")
    assert (
        timedelta(hours=1, minutes=59)
        < session.expires_at - session.opened_at
        <= timedelta(hours=2)
    )

    closed = client.post(f"/admin/citizenship-test/sessions/{session.pk}/close/")

    assert closed.status_code == 302
    session.refresh_from_db()
    assert not session.is_open()
    assert "is closed" in soup_of(client.get(closed["Location"])).text
    assert (
        Client().get(f"/fr/tools/citizenship-test/lisbon/join/{session.code}/").status_code == 410
    )


def test_closing_needs_a_post(session, coordinator_of, lisbon):
    client = facilitator_client(coordinator_of(lisbon))
    assert client.get(f"/admin/citizenship-test/sessions/{session.pk}/close/").status_code == 405
    session.refresh_from_db()
    assert session.is_open()


def test_session_list_shows_the_city_sessions(
    session, coordinator_of, lisbon, lisbon_customisation
):
    client = facilitator_client(coordinator_of(lisbon))

    for url in (
        f"/admin/citizenship-test/{lisbon_customisation.pk}/sessions/",
        "/admin/citizenship-test/sessions/",
    ):
        page = soup_of(client.get(url))
        assert session.code in page.select_one("table.listing").text
