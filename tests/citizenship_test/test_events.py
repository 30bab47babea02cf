"""Event mode: a coordinator opens a session, participants join with its code (or its QR
code) and take the test without cookies, the facilitator sees the group's aggregate."""

from datetime import date, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from citizenship_test.models import Completion, EventSession
from citizenship_test.models.events import CODE_ALPHABET, CODE_LENGTH, normalise_code
from tests.citizenship_test.conftest import Resident, add_completion, add_completions
from tests.helpers import soup_of
from tools.disclosure import MIN_PUBLISHED_GROUP as K

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/citizenship-test/lisbon/"
PAGE = "/en/tools/citizenship-test/lisbon/"
CROWD = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50, "overall": 65}
LONE = {"knowledge": 3, "competences": 13, "diversity": 23, "action": 33, "overall": 17}
HIGH = {"knowledge": 100, "competences": 50, "diversity": 75, "action": 80, "overall": 84}
LOW = {"knowledge": 0, "competences": 50, "diversity": 75, "action": 40, "overall": 44}


def mean_of(first_count, first, second_count, second):
    """The averages of knowledge, competences, diversity, action, overall over two groups."""
    order = ("knowledge", "competences", "diversity", "action", "overall")
    return [
        (first[score] * first_count + second[score] * second_count) / (first_count + second_count)
        for score in order
    ]


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


def live_text(client, session):
    """What the facilitator's screen shows of the group, as text."""
    return soup_of(client.get(live_url(session))).select_one(".ct-live").get_text(" ", strip=True)


def test_while_the_session_is_open_each_new_answer_changes_only_the_count(
    session, coordinator_of, lisbon
):
    """Figures that moved with each test would show the facilitator, in the room, the scores
    of whoever just finished: watching 25 become 26 gives nothing but the count."""
    customisation = session.customisation
    add_completions(customisation, K + 5, timezone.localdate(), CROWD, session=session)
    client = facilitator_client(coordinator_of(lisbon))
    before = live_text(client, session)

    add_completion(customisation, LONE, session=session)
    after = live_text(client, session)

    assert before.replace(f"{K + 5} answers", f"{K + 6} answers") == after
    assert "appear when the session is closed" in after
    assert not any(str(score) in after for score in {*CROWD.values(), *LONE.values()})


def test_once_closed_the_screen_shows_the_group_of_k_with_each_component_and_its_bands(
    session, coordinator_of, lisbon
):
    customisation = session.customisation
    today = timezone.localdate()
    add_completions(customisation, K // 2, today, HIGH, session=session)
    add_completions(customisation, K - K // 2, today, LOW, session=session)
    add_completions(customisation, K, today, LONE)  # not in the session
    session.close()
    client = facilitator_client(coordinator_of(lisbon))

    page = soup_of(client.get(live_url(session)))

    assert page.select_one(".ct-live")["data-ct-count"] == str(K)
    assert f"{K} answers so far" in page.select_one("[role=status]").text
    averages = [cell.get_text(strip=True) for cell in page.select(".ct-live__average")]
    assert averages == [f"{expected:.1f}" for expected in mean_of(K // 2, HIGH, K - K // 2, LOW)]
    assert page.select_one(".ct-chart svg title").text == "Average scores of the group, out of 100"
    # Knowledge: half at 100 (70–100), half at 0 (0–39).
    knowledge_row = page.select("tbody tr")[0]
    bands = [td.get_text() for td in knowledge_row.select("td")][1:]
    assert bands == [str(K - K // 2), "0", str(K // 2)]


def test_a_closed_session_of_fewer_than_k_shows_no_figures_and_says_why(
    session, coordinator_of, lisbon
):
    add_completions(session.customisation, K - 1, timezone.localdate(), CROWD, session=session)
    session.close()
    client = facilitator_client(coordinator_of(lisbon))

    page = soup_of(client.get(live_url(session)))

    text = page.select_one(".ct-live").get_text(" ", strip=True)
    assert f"{K - 1} answers so far" in text
    assert f"Fewer than {K} people took part, so the group's results are not shown" in text
    assert not page.select("svg, table") and "80" not in text


def test_a_score_too_few_answered_in_the_group_stays_blank(session, coordinator_of, lisbon):
    customisation = session.customisation
    today = timezone.localdate()
    add_completions(customisation, K, today, {**CROWD, "knowledge": None}, session=session)
    add_completions(customisation, 2, today, CROWD, session=session)
    session.close()
    client = facilitator_client(coordinator_of(lisbon))

    page = soup_of(client.get(live_url(session)))

    knowledge_row = page.select("tbody tr")[0]
    assert [td.get_text() for td in knowledge_row.select("td")] == ["–"] * 4
    assert page.select(".ct-live__average")[1].get_text() == f"{CROWD['competences']:.1f}"


def test_a_session_across_the_end_of_a_month_shows_no_figures_and_says_why(
    session, coordinator_of, lisbon
):
    """Its share of each month would be a part of that month's period: the screen's figure
    against the periods' could single out the few who answered after midnight."""
    customisation = session.customisation
    add_completions(customisation, K, date(2026, 1, 31), CROWD, session=session)
    add_completions(customisation, 1, date(2026, 2, 1), LONE, session=session)
    session.close()
    client = facilitator_client(coordinator_of(lisbon))

    text = live_text(client, session)

    assert "went on past the end of a month, so its results are not shown" in text
    assert str(CROWD["knowledge"]) not in text


def test_a_session_closes_by_itself_at_the_end_of_the_month(lisbon_customisation):
    evening = timezone.make_aware(datetime(2026, 1, 31, 22, 30))

    session = EventSession.open_for(lisbon_customisation, "en", hours=3, now=evening)

    assert session.expires_at == timezone.make_aware(datetime(2026, 2, 1))
    assert session.is_open(now=evening) and not session.is_open(now=session.expires_at)


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
    # Two hours, unless the month ends sooner (`EventSession.open_for`).
    month_end = timezone.make_aware(
        datetime.combine(
            (timezone.localdate(session.opened_at).replace(day=1) + timedelta(days=32)).replace(
                day=1
            ),
            datetime.min.time(),
        )
    )
    assert session.expires_at == min(session.opened_at + timedelta(hours=2), month_end)

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
