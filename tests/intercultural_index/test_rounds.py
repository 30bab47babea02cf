"""The round a whole city answers: invitation links, drafts, locking, sending back.

Two cities, each with a round on a small edition and one colleague per area, built once for the
module; each test runs in a savepoint of it.
"""

from datetime import timedelta

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from cities.factories import CityIndexPageFactory, CityPageFactory
from intercultural_index.models import Answer, AreaAssignment, IndexRound, Invitation, PendingNote
from intercultural_index.rounds.invitations import link_path
from intercultural_index.scoring import score_round
from tests.conftest import ensure_wagtail_tree
from tests.helpers import soup_of
from tests.intercultural_index.round_builders import build_edition, open_round_with_links
from tools.models import CityCoordinators

ADMIN = "/admin/intercultural-index/rounds/"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock(), transaction.atomic():
        index = CityIndexPageFactory(parent=ensure_wagtail_tree())
        edition, areas, questions = build_edition()
        found = {"edition": edition, "areas": areas, "questions": questions}
        for slug in ("rijeka", "lisbon"):
            city = CityPageFactory(parent=index, title=slug.title(), slug=slug)
            user = get_user_model().objects.create_user(f"coordinator-{slug}", password="pw")
            user.groups.add(CityCoordinators.for_city(city).group)
            index_round, invitations = open_round_with_links(city, edition, areas)
            found[slug] = {"city": city, "user": user, "round": index_round, "links": invitations}
        yield found
        transaction.set_rollback(True)


def url_of(invitation, language="en"):
    return link_path(invitation, language)


def q(question, part="value"):
    return f"q{question.pk}-{part}"


def admin_client(user):
    client = Client()
    client.force_login(user)
    return client


def text_of(response):
    return soup_of(response, status=None).get_text(" ", strip=True)


# --- Access -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_link_opens_its_own_area_and_nothing_else(world, client):
    response = client.get(url_of(world["rijeka"]["links"]["welcome"]))
    assert response.status_code == 200
    page = text_of(response)
    assert "Does the city run a welcome desk?" in page
    assert "In how many languages is the welcome guide?" in page
    assert "recruit staff" not in page  # the other area's question
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_link_cannot_write_another_areas_question(world, client):
    questions = world["questions"]
    response = client.post(
        url_of(world["rijeka"]["links"]["welcome"]),
        {q(questions["desk"]): "yes", q(questions["hiring"]): "yes"},
    )
    assert response.status_code == 302
    written = Answer.objects.filter(round=world["rijeka"]["round"])
    assert list(written.values_list("question__code", flat=True)) == ["w1"]


@pytest.mark.django_db
def test_a_forged_or_damaged_link_opens_nothing(world, client):
    good = url_of(world["rijeka"]["links"]["welcome"])
    forged = good.replace("/contribute/", "/contribute/x")
    for url in (forged, good[:-8] + "/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "welcome desk" not in text_of(response)
        assert "ask the coordinator" in text_of(response)


@pytest.mark.django_db
def test_an_expired_link_says_to_ask_for_a_new_one_and_shows_nothing(world, client):
    invitation = world["rijeka"]["links"]["welcome"]
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    response = client.get(url_of(invitation))
    assert response.status_code == 410
    page = text_of(response)
    assert "This link has expired" in page and "new link" in page
    assert "welcome desk" not in page


@pytest.mark.django_db
def test_a_withdrawn_link_is_refused_and_a_new_one_works(world):
    coordinator = admin_client(world["rijeka"]["user"])
    old = world["rijeka"]["links"]["welcome"]
    old_url = url_of(old)
    assignment = old.assignment
    coordinator.post(f"{ADMIN}areas/{assignment.pk}/withdraw/")
    assert Client().get(old_url).status_code == 410
    coordinator.post(f"{ADMIN}areas/{assignment.pk}/new-link/", {"days": "7"})
    new = assignment.invitations.first()
    assert new.pk != old.pk and new.is_valid()
    assert Client().get(old_url).status_code == 410  # a new link does not revive the old
    page = coordinator.get(f"{ADMIN}areas/{assignment.pk}/")
    assert url_of(new).split("/contribute/")[0] in page.content.decode()
    assert Client().get(url_of(new)).status_code == 200


@pytest.mark.django_db
def test_a_post_with_an_expired_link_shows_the_text_back_and_keeps_it(world, client):
    invitation = world["rijeka"]["links"]["welcome"]
    desk = world["questions"]["desk"]
    url = url_of(invitation)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    typed = "Minutes of the council, 12 March, item 4"
    response = client.post(url, {q(desk): "partly", q(desk, "evidence"): typed})
    assert response.status_code == 410
    assert typed in text_of(response)
    assert not Answer.objects.filter(round=world["rijeka"]["round"]).exists()
    note = PendingNote.objects.get(assignment=invitation.assignment)
    assert typed in note.text and "Partly" in note.text
    page = admin_client(world["rijeka"]["user"]).get(f"{ADMIN}areas/{invitation.assignment.pk}/")
    assert typed in page.content.decode()
    # Autosave with the same expired link: refused in JSON, the same text kept once.
    response = client.post(url, {q(desk): "partly", q(desk, "evidence"): typed, "autosave": "1"})
    assert response.status_code == 410 and response.json()["ok"] is False
    assert PendingNote.objects.filter(assignment=invitation.assignment).count() == 1


@pytest.mark.django_db
def test_a_page_typed_on_after_its_link_expired_leaves_one_text_and_says_so_honestly(
    world, client, monkeypatch, settings
):
    """The page saves as the person types (after each pause): on an expired link, each save
    used to add a note, so one evidence text typed with pauses filled the area's 50 notes, and
    the last, whole text was lost while the page said it was kept."""
    settings.INDEX_SAVES_PER_MINUTE = 0  # a person's pauses spread these over minutes
    invitation = world["rijeka"]["links"]["welcome"]
    desk = world["questions"]["desk"]
    url = url_of(invitation)
    page = soup_of(client.get(url), status=None)
    page_key = page.select_one("form[data-autosave] input[name=page]")["value"]
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    words = [f"word{number}" for number in range(60)]
    for count in range(1, len(words) + 1):
        typed = " ".join(words[:count])
        response = client.post(url, {"page": page_key, q(desk, "evidence"): typed, "autosave": "1"})
        assert response.status_code == 410 and response.json()["kept"] is True
    notes = PendingNote.objects.filter(assignment=invitation.assignment)
    assert [note.text.splitlines()[-1] for note in notes.all()] == [f"Evidence: {typed}"]
    # A colleague's page (another key) keeps its own text beside it.
    response = client.post(url, {"page": "0" * 16, q(desk, "comment"): "Ask the mayor's office"})
    assert notes.count() == 2 and "kept for the coordinator" in text_of(response)
    # When the area holds all the texts it may, the page says to copy this one instead.
    monkeypatch.setattr("intercultural_index.rounds.answering.NOTES_PER_AREA", 2)
    response = client.post(url, {"page": "1" * 16, q(desk, "comment"): "One more"})
    assert notes.count() == 2
    page = text_of(response)
    assert "One more" in page and "Copy it from here" in page
    assert "kept for the coordinator" not in page


@pytest.mark.django_db
def test_an_expired_link_writes_no_faster_than_a_valid_one(world, client, settings):
    """The saves a minute counted only valid links: a withdrawn or expired link (a colleague
    who left, a script) wrote a kept text to the database on every post, as fast as it
    posted. Beyond the limit its text is shown back, to copy, and not written."""
    settings.INDEX_SAVES_PER_MINUTE = 3
    invitation = world["rijeka"]["links"]["welcome"]
    desk = world["questions"]["desk"]
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
    url = url_of(invitation)

    statuses = [
        client.post(url, {"page": f"{number:016x}", q(desk, "comment"): f"text {number}"})
        for number in range(5)
    ]

    assert [response.status_code for response in statuses] == [410, 410, 410, 429, 429]
    assert PendingNote.objects.filter(assignment=invitation.assignment).count() == 3
    page = text_of(statuses[-1])
    assert "text 4" in page and "Copy it from here" in page
    assert "withdrawn by the coordinator" in page and statuses[-1]["Retry-After"]


@pytest.mark.django_db
def test_another_citys_coordinator_gets_404_on_every_round_screen(world):
    lisbon = admin_client(world["lisbon"]["user"])
    rijeka_round = world["rijeka"]["round"]
    assignment = world["rijeka"]["links"]["welcome"].assignment
    before = list(AreaAssignment.objects.values_list("pk", "status", "note", "contributor_name"))
    for url in (
        f"{ADMIN}{rijeka_round.pk}/",
        f"{ADMIN}{rijeka_round.pk}/submit/",
        f"{ADMIN}areas/{assignment.pk}/",
    ):
        assert lisbon.get(url, follow=True).status_code == 404, url
    for url, data in (
        (
            f"{ADMIN}{rijeka_round.pk}/invite/",
            {
                "area": assignment.area_id,
                "contributor_name": "X",
                "contributor_email": "x@example.org",
                "days": 7,
            },
        ),
        (f"{ADMIN}{rijeka_round.pk}/submit/", {}),
        (f"{ADMIN}areas/{assignment.pk}/send-back/", {"note": "again"}),
        (f"{ADMIN}areas/{assignment.pk}/new-link/", {"days": 7}),
        (f"{ADMIN}areas/{assignment.pk}/withdraw/", {}),
    ):
        assert lisbon.post(url, data).status_code in (302, 404), url
        assert lisbon.post(url, data, follow=True).status_code == 404, url
    assert (
        list(AreaAssignment.objects.values_list("pk", "status", "note", "contributor_name"))
        == before
    )
    assert IndexRound.objects.get(pk=rijeka_round.pk).status == IndexRound.OPEN
    assert world["rijeka"]["links"]["welcome"].assignment.invitations.get().is_valid()
    listing = lisbon.get(ADMIN)
    assert listing.status_code == 200
    assert f"{ADMIN}{world['lisbon']['round'].pk}/" in listing.content.decode()
    assert f"{ADMIN}{rijeka_round.pk}/" not in listing.content.decode()


@pytest.mark.django_db
def test_an_invitation_with_a_mistyped_email_keeps_what_was_typed(world):
    """The form (novalidate) sent back to the round page empty: the colleague's name, the
    area and the link's life had to be typed again, and the page did not say which field."""
    rijeka = world["rijeka"]
    coordinator = admin_client(rijeka["user"])
    area = world["areas"]["jobs"]
    before = list(AreaAssignment.objects.values_list("pk", "contributor_name"))
    response = coordinator.post(
        f"{ADMIN}{rijeka['round'].pk}/invite/",
        {
            "area": area.pk,
            "contributor_name": "Maria Sousa",
            "contributor_email": "maria.sousa@",
            "days": "60",
        },
    )
    assert response.status_code == 400
    soup = soup_of(response, status=None)
    form = soup.select_one("form[action$='/invite/']")
    assert form.select_one("input[name=contributor_name]")["value"] == "Maria Sousa"
    assert form.select_one("input[name=contributor_email]")["value"] == "maria.sousa@"
    assert form.select_one("select[name=area] option[selected]")["value"] == str(area.pk)
    assert form.select_one("select[name=days] option[selected]")["value"] == "60"
    assert "Enter a valid email address" in form.get_text(" ", strip=True)
    assert "check the fields" in text_of(response)
    assert list(AreaAssignment.objects.values_list("pk", "contributor_name")) == before


@pytest.mark.django_db
def test_a_coordinator_opens_a_round_only_for_their_city(world):
    rijeka = admin_client(world["rijeka"]["user"])
    data = {"city": world["lisbon"]["city"].pk, "edition": world["edition"].pk}
    response = rijeka.post(f"{ADMIN}new/", data)
    assert response.status_code == 200  # the form again: Lisbon is not a choice
    assert IndexRound.objects.filter(city=world["lisbon"]["city"]).count() == 1
    response = rijeka.post(f"{ADMIN}new/", {**data, "city": world["rijeka"]["city"].pk})
    assert response.status_code == 302
    assert IndexRound.objects.filter(city=world["rijeka"]["city"]).count() == 2


# --- Drafts -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_save_without_javascript_keeps_answers_and_shows_progress(world, client):
    invitation = world["rijeka"]["links"]["welcome"]
    questions = world["questions"]
    url = url_of(invitation)
    response = client.post(
        url,
        {
            q(questions["desk"]): "partly",
            q(questions["desk"], "comment"): "Open on Tuesdays only",
            q(questions["mentors"]): "1",
            "action": "save",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("?saved=1")
    page = client.get(response["Location"])
    assert "2 of 3 questions answered" in text_of(page)
    assert "Open on Tuesdays only" in page.content.decode()
    answer = Answer.objects.get(round=invitation.assignment.round, question=questions["desk"])
    assert (answer.choice, answer.updated_by_label) == ("partly", "Ana")
    assignment = AreaAssignment.objects.get(pk=invitation.assignment.pk)
    assert assignment.status == AreaAssignment.IN_PROGRESS
    coordinator = admin_client(world["rijeka"]["user"])
    round_page = coordinator.get(f"{ADMIN}{invitation.assignment.round_id}/")
    assert "2 of 3 questions answered" in text_of(round_page)


@pytest.mark.django_db
def test_a_wrong_number_loses_nothing_else(world, client):
    invitation = world["rijeka"]["links"]["welcome"]
    questions = world["questions"]
    response = client.post(
        url_of(invitation),
        {
            q(questions["languages"]): "twelve",
            q(questions["desk"]): "yes",
            q(questions["desk"], "evidence"): "Council decision 2023/18",
        },
    )
    assert response.status_code == 400
    assert 'value="twelve"' in response.content.decode()  # shown back to correct
    assert Answer.objects.get(
        question=questions["desk"], round=invitation.assignment.round
    ).evidence == ("Council decision 2023/18")


@pytest.mark.django_db
def test_autosave_answers_in_json_with_the_progress(world, client):
    invitation = world["rijeka"]["links"]["welcome"]
    questions = world["questions"]
    response = client.post(url_of(invitation), {q(questions["languages"]): "7", "autosave": "1"})
    assert response.status_code == 200
    result = response.json()
    assert result["ok"] is True and (result["answered"], result["total"]) == (1, 3)
    assert result["progress"] == "1 of 3 questions answered"


@pytest.mark.django_db
def test_saves_are_bounded_per_link_and_the_text_is_kept(world, client, settings):
    settings.INDEX_SAVES_PER_MINUTE = 3
    invitation = world["rijeka"]["links"]["welcome"]
    desk = world["questions"]["desk"]
    url = url_of(invitation)
    for number in range(3):
        response = client.post(url, {q(desk, "comment"): f"draft {number}", "autosave": "1"})
        assert response.status_code == 200
    response = client.post(url, {q(desk, "comment"): "the last draft"})
    assert response.status_code == 429 and response["Retry-After"]
    assert "the last draft" in text_of(response)
    assert Answer.objects.get(question=desk, round=invitation.assignment.round).comment == "draft 2"
    # The other area's link has its own allowance.
    other = world["rijeka"]["links"]["jobs"]
    assert client.post(url_of(other), {"autosave": "1"}).status_code == 200


@pytest.mark.django_db
def test_a_post_from_another_site_is_refused(world):
    invitation = world["rijeka"]["links"]["welcome"]
    desk = world["questions"]["desk"]
    attacker = Client(HTTP_ORIGIN="https://evil.example")
    response = attacker.post(url_of(invitation), {q(desk): "no"})
    assert response.status_code == 403
    assert not Answer.objects.filter(round=invitation.assignment.round).exists()
    assert not PendingNote.objects.exists()


# --- Handing in, sending back, submitting --------------------------------------------------


@pytest.mark.django_db
def test_hand_in_send_back_with_a_note_and_answer_again(world, client):
    invitation = world["rijeka"]["links"]["welcome"]
    questions = world["questions"]
    url = url_of(invitation)
    answers = {q(questions["desk"]): "yes", "action": "hand_in"}
    response = client.post(url, answers)
    assert response.status_code == 400
    assert "before handing the area in" in text_of(response)
    answers.update({q(questions["languages"]): "4", q(questions["mentors"]): "2"})
    response = client.post(url, answers)
    assert response.status_code == 302
    assignment = AreaAssignment.objects.get(pk=invitation.assignment.pk)
    assert assignment.status == AreaAssignment.DONE
    # Handed in: read only, and a later post is refused with its text kept.
    page = client.get(url)
    assert "You handed this area in" in text_of(page) and b'<form method="post"' not in page.content
    response = client.post(url, {q(questions["desk"], "comment"): "one more thing"})
    assert response.status_code == 409 and "one more thing" in text_of(response)
    # The coordinator sends it back with a note; the contributor sees it and answers again.
    coordinator = admin_client(world["rijeka"]["user"])
    note = "Please add the guide's languages from the 2024 edition."
    coordinator.post(f"{ADMIN}areas/{assignment.pk}/send-back/", {"note": note})
    assignment.refresh_from_db()
    assert (assignment.status, assignment.note) == (AreaAssignment.RETURNED, note)
    page = client.get(url)
    assert "Note from the coordinator" in text_of(page) and note in text_of(page)
    client.post(url, {**answers, q(questions["languages"]): "6", "action": "save"})
    assignment.refresh_from_db()
    assert assignment.status == AreaAssignment.IN_PROGRESS


@pytest.mark.django_db
def test_a_submitted_round_refuses_every_write(world, client):
    rijeka = world["rijeka"]
    invitation = rijeka["links"]["welcome"]
    desk = world["questions"]["desk"]
    url = url_of(invitation)
    client.post(url, {q(desk): "yes"})
    coordinator = admin_client(rijeka["user"])
    assert "still have questions without an answer" in text_of(
        coordinator.get(f"{ADMIN}{rijeka['round'].pk}/submit/")
    )
    coordinator.post(f"{ADMIN}{rijeka['round'].pk}/submit/")
    index_round = IndexRound.objects.get(pk=rijeka["round"].pk)
    assert index_round.status == IndexRound.SUBMITTED and index_round.submitted_by == rijeka["user"]
    # The contributor: refused, with the message and the text.
    response = client.post(url, {q(desk): "no", q(desk, "comment"): "changed my mind"})
    assert response.status_code == 409
    assert "submitted" in text_of(response) and "changed my mind" in text_of(response)
    response = client.post(url, {q(desk): "no", "autosave": "1"})
    assert response.status_code == 409 and "submitted" in response.json()["message"]
    assert Answer.objects.get(round=index_round, question=desk).choice == "yes"
    page = client.get(url)
    assert page.status_code == 200 and b'<form method="post"' not in page.content
    # The coordinator: no invitation, send-back, new link or second submission.
    assignment = invitation.assignment
    before = list(AreaAssignment.objects.values_list("pk", "status", "note", "contributor_name"))
    links = Invitation.objects.count()
    for post_url, data in (
        (
            f"{ADMIN}{index_round.pk}/invite/",
            {
                "area": assignment.area_id,
                "contributor_name": "X",
                "contributor_email": "x@example.org",
                "days": 7,
            },
        ),
        (f"{ADMIN}areas/{assignment.pk}/send-back/", {"note": "again"}),
        (f"{ADMIN}areas/{assignment.pk}/new-link/", {"days": 7}),
        (f"{ADMIN}{index_round.pk}/submit/", {}),
    ):
        response = coordinator.post(post_url, data, follow=True)
        assert "submitted and locked" in text_of(response), post_url
    assert (
        list(AreaAssignment.objects.values_list("pk", "status", "note", "contributor_name"))
        == before
    )
    assert Invitation.objects.count() == links
    assert IndexRound.objects.get(pk=index_round.pk).submitted_at == index_round.submitted_at


@pytest.mark.django_db
def test_the_page_speaks_the_language_of_the_link(world, client, locales):
    from intercultural_index.models import Question

    desk = world["questions"]["desk"]
    Question.objects.create(
        indicator=desk.indicator,
        code=desk.code,
        prompt="La ville a-t-elle un guichet d’accueil ?",
        allows_not_applicable=True,
        translation_key=desk.translation_key,
        locale=locales["fr"],
    )
    response = client.get(url_of(world["rijeka"]["links"]["welcome"], "fr"))
    soup = soup_of(response, status=None)
    assert soup.html["lang"] == "fr"
    translated = soup.select_one(f"#q{desk.pk} legend")
    assert "guichet d’accueil" in translated.get_text() and not translated.select("[lang]")
    # Not translated yet: shown in English, and marked so.
    untranslated = soup.select_one(f"#q{world['questions']['languages'].pk} legend [lang]")
    assert untranslated["lang"] == "en" and "welcome guide" in untranslated.get_text()
    # The translation is not one more question to answer.
    assert "sur 3" in soup.select_one("[data-progress-text]").get_text()


# --- Two pages on one area: a stale save never overwrites a newer answer -----------------


def bases_on(response):
    """{field name: value} of the hidden version fields of a contributor's page."""
    soup = soup_of(response, status=None)
    return {
        field["name"]: field.get("value", "")
        for field in soup.select('input[type="hidden"][name$="-base"]')
    }


@pytest.mark.django_db
def test_a_stale_page_shows_both_answers_and_the_person_chooses(world):
    invitation = world["rijeka"]["links"]["welcome"]
    desk = world["questions"]["desk"]
    url = url_of(invitation)
    first, second = Client(), Client()
    first_page = bases_on(first.get(url))
    second_page = bases_on(second.get(url))
    assert first_page[q(desk, "base")] == second_page[q(desk, "base")]
    second.post(url, {q(desk): "no", q(desk, "comment"): "Closed since May", **second_page})
    # The first tab, opened before, saves its own answer: refused, both shown, nothing lost.
    typed = {q(desk): "partly", q(desk, "evidence"): "Opening hours leaflet", **first_page}
    response = first.post(url, {**typed, "action": "save"})
    assert response.status_code == 409
    page = text_of(response)
    assert "Changed by someone else since you opened this page" in page
    assert "No" in page and "Closed since May" in page
    assert "Opening hours leaflet" in response.content.decode()  # still in the field
    saved = Answer.objects.get(round=invitation.assignment.round, question=desk)
    assert (saved.choice, saved.comment) == ("no", "Closed since May")
    # Keeping the saved answer changes nothing; keeping mine writes it.
    again = {**typed, **bases_on(response)}
    assert first.post(url, {**again, q(desk, "keep"): "theirs"}).status_code == 302
    saved.refresh_from_db()
    assert saved.choice == "no"
    assert first.post(url, {**again, q(desk, "keep"): "mine"}).status_code == 302
    saved.refresh_from_db()
    assert (saved.choice, saved.evidence) == ("partly", "Opening hours leaflet")


@pytest.mark.django_db
def test_autosave_from_a_stale_page_offers_the_choice_and_keeps_the_rest(world):
    invitation = world["rijeka"]["links"]["welcome"]
    desk, languages, mentors = (world["questions"][k] for k in ("desk", "languages", "mentors"))
    url = url_of(invitation)
    first, second = Client(), Client()
    first_page = bases_on(first.get(url))
    second_page = bases_on(second.get(url))
    second.post(url, {q(desk): "yes", **second_page, "autosave": "1"})
    # A question this page did not touch keeps the newer answer, silently.
    response = first.post(url, {q(mentors): "1", **first_page, "autosave": "1"})
    assert response.status_code == 200 and response.json()["ok"] is True
    answers = Answer.objects.filter(round=invitation.assignment.round)
    assert answers.get(question=desk).choice == "yes"
    # A question this page changed: a conflict in JSON; the other question is saved anyway.
    typed = {q(desk): "no", q(languages): "5", **first_page, "autosave": "1"}
    response = first.post(url, typed)
    assert response.status_code == 409
    result = response.json()
    conflict = result["conflicts"][f"q{desk.pk}"]
    assert result["ok"] is False and "Yes" in conflict["lines"]
    assert conflict["values"][q(desk)] == "yes"  # to put in the fields for "keep the saved"
    assert q(languages, "base") in result["bases"] and q(desk, "base") not in result["bases"]
    assert answers.get(question=desk).choice == "yes"
    assert answers.get(question=languages).number == 5
    # "Keep my answer": the page takes the newer version as its base and saves again.
    typed.update({**result["bases"], q(desk, "base"): conflict["base"]})
    assert first.post(url, typed).status_code == 200
    assert answers.get(question=desk).choice == "no"


# --- Texts kept from refused saves become answers -------------------------------------------


@pytest.mark.django_db
def test_the_coordinator_puts_a_text_typed_on_an_expired_link_in_the_round(world, client):
    rijeka = world["rijeka"]
    invitation = rijeka["links"]["welcome"]
    desk, languages = world["questions"]["desk"], world["questions"]["languages"]
    assignment = invitation.assignment
    url = url_of(invitation)
    client.post(url, {q(desk): "no", q(desk, "comment"): "Kept as it is"})
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    typed = "Council decision 2025/3 opened a second desk"
    client.post(url, {q(desk): "yes", q(desk, "evidence"): typed, q(languages): "4"})
    note = PendingNote.objects.get(assignment=assignment)
    coordinator = admin_client(rijeka["user"])
    page = coordinator.get(f"{ADMIN}areas/{assignment.pk}/")
    soup = soup_of(page, status=None)
    button = soup.find("button", string="Put these answers in the round")
    adopt_url = button.find_parent("form")["action"]
    # Another city's coordinator reaches nothing of it.
    assert admin_client(world["lisbon"]["user"]).post(adopt_url).status_code == 404
    assert Answer.objects.get(round=assignment.round, question=desk).choice == "no"
    response = coordinator.post(adopt_url, follow=True)
    assert "The kept answers are now in the round" in text_of(response)
    answers = Answer.objects.filter(round=assignment.round)
    saved = answers.get(question=desk)
    assert (saved.choice, saved.evidence) == ("yes", typed)
    assert answers.get(question=languages).number == 4
    assert "coordinator-rijeka" in saved.updated_by_label
    page = text_of(response)
    assert typed in page and "Put in the round on" in page
    assert "Put these answers in the round" not in page
    # Sent again (a double click, a replay): nothing is written twice.
    Answer.objects.filter(pk=saved.pk).update(choice="partly")
    response = coordinator.post(adopt_url, follow=True)
    assert "already put in the round" in text_of(response)
    assert answers.get(question=desk).choice == "partly"
    note.refresh_from_db()
    assert note.adopted_by == rijeka["user"]
    # The colleague's new link shows what was put in.
    coordinator.post(f"{ADMIN}areas/{assignment.pk}/new-link/", {"days": "7"})
    page = Client().get(url_of(assignment.invitations.first()))
    assert typed in page.content.decode()


@pytest.mark.django_db
def test_a_kept_answer_that_is_not_valid_is_named_when_the_text_is_put_in(world, client):
    """A refused save is never checked, so a kept text may hold "4.125" for a number with two
    decimals. Putting it in wrote the valid answers, skipped that one silently, said "The kept
    answers are now in the round" and took the button away."""
    rijeka = world["rijeka"]
    invitation = rijeka["links"]["welcome"]
    desk, languages = world["questions"]["desk"], world["questions"]["languages"]
    assignment = invitation.assignment
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    client.post(url_of(invitation), {q(desk): "yes", q(languages): "4.125"})
    note = PendingNote.objects.get(assignment=assignment)
    coordinator = admin_client(rijeka["user"])

    response = coordinator.post(f"{ADMIN}areas/{assignment.pk}/kept/{note.pk}/adopt/", follow=True)

    page = text_of(response)
    assert "not valid answers and were not put in the round: w2" in page
    assert "The kept answers are now in the round" not in page
    assert "4.125" in page  # the kept text, to type it from
    answers = Answer.objects.filter(round=assignment.round)
    assert answers.get(question=desk).choice == "yes"
    assert not answers.filter(question=languages).exists()


# --- The coordinator sees the results before publishing them -------------------------------


@pytest.mark.django_db
def test_the_coordinator_sees_unpublished_results_and_publishes_them(world):
    rijeka = world["rijeka"]
    index_round = rijeka["round"]
    coordinator = admin_client(rijeka["user"])
    results_url = f"{ADMIN}{index_round.pk}/results/"
    assert "once the round is submitted" in text_of(coordinator.get(results_url))
    for name, value in (("desk", "yes"), ("hiring", "partly")):
        Answer.objects.create(round=index_round, question=world["questions"][name], choice=value)
    coordinator.post(f"{ADMIN}{index_round.pk}/submit/")
    round_page = soup_of(coordinator.get(f"{ADMIN}{index_round.pk}/"), status=None)
    assert round_page.find("a", string="See the results")["href"] == results_url
    page = coordinator.get(results_url)
    soup = soup_of(page, status=None)
    expected = score_round(IndexRound.objects.get(pk=index_round.pk)).overall
    assert 0 < expected < 100
    assert soup.select_one(".index-results__score").get_text() == f"{expected:.0f}"
    assert soup.select("svg") and "Similar cities" in text_of(page)
    assert "not published yet" in text_of(page)
    # Another city's coordinator: 404 on the results and on publishing them.
    lisbon = admin_client(world["lisbon"]["user"])
    assert lisbon.get(results_url).status_code == 404
    assert lisbon.post(f"{ADMIN}{index_round.pk}/publish/", {"publish": "1"}).status_code == 404
    assert not IndexRound.objects.get(pk=index_round.pk).published
    response = coordinator.post(f"{ADMIN}{index_round.pk}/publish/", {"publish": "1"}, follow=True)
    assert "The results are published" in text_of(response)
    assert IndexRound.objects.get(pk=index_round.pk).published
    assert "Stop publishing these results" in text_of(response)


@pytest.mark.django_db
def test_published_results_that_residents_cannot_see_say_why(world):
    """ "Publish these results" answered "The results are published" even when the city's
    Index did not show results (none made yet, or "Publish the results" not ticked, which is
    the default): the coordinator believed residents saw them."""
    from wagtail.models import Locale

    from intercultural_index.factories import InterculturalIndexFactory

    rijeka = world["rijeka"]
    index_round = rijeka["round"]
    coordinator = admin_client(rijeka["user"])
    Answer.objects.create(round=index_round, question=world["questions"]["desk"], choice="yes")
    coordinator.post(f"{ADMIN}{index_round.pk}/submit/")
    coordinator.post(f"{ADMIN}{index_round.pk}/publish/", {"publish": "1"})
    results_url = f"{ADMIN}{index_round.pk}/results/"
    warning = "Residents do not see them yet"

    assert warning in text_of(coordinator.get(results_url))
    index = InterculturalIndexFactory(
        city=rijeka["city"], locale=Locale.get_default(), publish_results=False
    )
    assert warning in text_of(coordinator.get(results_url))
    index.publish_results = True
    index.save()
    page = text_of(coordinator.get(results_url))
    assert "These results are published." in page and warning not in page
