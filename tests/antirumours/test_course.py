"""The agents' course: quiz, certificate, and verification of its code."""

import pytest
from django.test import Client

from antirumours.certificates import check_characters, issue_code, verify_code
from antirumours.course import DEFAULT_QUIZ, mark_quiz, quiz_for
from antirumours.models import Certificate
from tests.antirumours.conftest import EMBED, Resident

pytestmark = pytest.mark.django_db

QUIZ = EMBED + "course/quiz/"
VERIFY = EMBED + "verify/"


def right_answers(customisation):
    return {f"q{i}": str(q.correct_index) for i, q in enumerate(quiz_for(customisation))}


def test_the_default_course_has_lessons_and_a_quiz(bilbao_customisation):
    page = Client().get(EMBED + "course/")
    assert page.status_code == 200
    assert "The method, step by step" in page.content.decode()
    assert len(quiz_for(bilbao_customisation)) == len(DEFAULT_QUIZ)


def test_agent_passes_the_quiz_and_gets_a_verifiable_certificate(bilbao_customisation):
    resident = Resident()
    resident.get(QUIZ)
    resident.submit(right_answers(bilbao_customisation))
    assert "You passed." in resident.soup.select_one("[role=status]").get_text()

    resident.submit({"name": "Ane <b>Etxeberria</b>"})

    certificate = Certificate.objects.get()
    assert certificate.name == "Ane <b>Etxeberria</b>"
    assert certificate.score == 100
    html = resident.response.content.decode()
    assert certificate.display_code in html
    assert "Ane &lt;b&gt;Etxeberria&lt;/b&gt;" in html

    check = Resident().get(
        VERIFY, code=certificate.display_code.lower(), name="Ane <b>Etxeberria</b>"
    )
    assert "This certificate is valid." in check.content.decode()


def test_a_failed_quiz_gives_no_certificate_form(bilbao_customisation):
    resident = Resident()
    resident.get(QUIZ)
    wrong = {
        name: str((int(value) + 1) % 3)
        for name, value in right_answers(bilbao_customisation).items()
    }
    resident.submit(wrong)
    assert not resident.soup.select("input[name=name]")
    assert not Certificate.objects.exists()


def test_one_passed_quiz_issues_one_certificate(bilbao_customisation):
    resident = Resident()
    resident.get(QUIZ)
    resident.submit(right_answers(bilbao_customisation))
    hidden = resident.hidden_fields()
    url = resident.form_action()
    resident.submit({"name": ""}, hidden=hidden, url=url)

    replay = resident.submit({"name": ""}, hidden=hidden, url=url)

    assert replay.status_code == 409
    assert Certificate.objects.count() == 1


def test_a_certificate_cannot_be_claimed_without_passing(bilbao_customisation):
    forged = Resident().submit(
        {"name": "Me", "tool_state": "made-up", "course-current_step": "certificate"},
        url=QUIZ,
        hidden={},
    )
    assert forged.status_code == 400

    # The quiz page's own state, sent as if it were the certificate step: no passed answers
    # in it, so there is no such step.
    resident = Resident()
    resident.get(QUIZ)
    skipped = resident.submit({"name": "Me", "course-current_step": "certificate"})
    assert skipped.status_code == 400

    resident.get(QUIZ)
    wrong = {
        name: str((int(value) + 1) % 3)
        for name, value in right_answers(bilbao_customisation).items()
    }
    hidden = resident.hidden_fields()
    resident.submit(wrong)
    failed = resident.submit(
        {**wrong, "name": "Me", "course-current_step": "certificate"}, hidden=hidden, url=QUIZ
    )
    assert failed.status_code == 400
    assert not Certificate.objects.exists()


def test_an_incomplete_quiz_comes_back_with_what_was_ticked(bilbao_customisation):
    resident = Resident()
    resident.get(QUIZ)
    answers = right_answers(bilbao_customisation)
    del answers["q1"]

    response = resident.submit(answers)

    assert response.status_code == 400
    assert "Please answer every question." in resident.soup.select_one("[role=alert]").get_text()
    ticked = {radio["name"]: radio["value"] for radio in resident.soup.select("input:checked")}
    assert ticked == answers
    # Completed on the page shown again, it is marked.
    resident.submit(right_answers(bilbao_customisation))
    assert "You passed." in resident.soup.select_one("[role=status]").get_text()


def test_the_quiz_page_of_a_certificate_given_is_refused(bilbao_customisation):
    resident = Resident()
    resident.get(QUIZ)
    quiz_page = resident.hidden_fields()
    resident.submit(right_answers(bilbao_customisation))
    resident.submit({"name": "Ane"})
    assert Certificate.objects.count() == 1

    again = resident.submit(right_answers(bilbao_customisation), hidden=quiz_page, url=QUIZ)

    assert again.status_code == 409
    assert Certificate.objects.count() == 1


def test_verification_tells_valid_unknown_and_tampered_codes_apart(bilbao, bilbao_customisation):
    code = issue_code()
    Certificate.objects.create(city=bilbao, code=code, score=80)
    certificates = Certificate.objects.all()
    unknown_body = "ABCDEFGHJK"
    unknown = unknown_body + check_characters(unknown_body)
    tampered = ("B" if code[0] != "B" else "C") + code[1:]

    assert verify_code(code, certificates).status == "valid"
    assert verify_code(f"{code[:4]}-{code[4:8]} {code[8:]}", certificates).status == "valid"
    assert verify_code(unknown, certificates).status == "unknown"
    assert verify_code(tampered, certificates).status == "tampered"
    assert verify_code("short", certificates).status == "tampered"
    page = Client().get(VERIFY, {"code": tampered}).content.decode()
    assert "mistyped or altered" in page


def test_a_code_of_another_city_is_unknown_here(bilbao_customisation, montreal):
    code = issue_code()
    Certificate.objects.create(city=montreal, code=code, score=90)
    page = Client().get(VERIFY, {"code": code}).content.decode()
    assert "No certificate of this city has this code and this name." in page


def test_a_code_alone_never_turns_into_the_holders_name(bilbao, bilbao_customisation):
    code = issue_code()
    Certificate.objects.create(city=bilbao, code=code, name="Amaia Etxeberria", score=90)
    unknown_body = "ABCDEFGHJK"
    unknown = unknown_body + check_characters(unknown_body)

    bare = Client().get(VERIFY, {"code": code}).content.decode()
    wrong = Client().get(VERIFY, {"code": code, "name": "Someone Else"}).content.decode()
    absent = Client().get(VERIFY, {"code": unknown, "name": "Someone Else"}).content.decode()

    for page in (bare, wrong):
        assert "Etxeberria" not in page
        assert "This certificate is valid." not in page
    # A wrong name and an unknown code look the same: the code's existence is not revealed.
    assert "No certificate of this city has this code and this name." in wrong
    assert "No certificate of this city has this code and this name." in absent


def test_an_employer_confirms_a_certificate_with_the_code_and_the_name(
    bilbao, bilbao_customisation
):
    code = issue_code()
    Certificate.objects.create(city=bilbao, code=code, name="Amaia Etxeberria", score=90)

    page = Client().get(VERIFY, {"code": code, "name": "  amaia   ETXEBERRIA "}).content.decode()

    assert "This certificate is valid." in page
    assert "90%" in page


def test_a_certificate_without_a_name_is_valid_with_its_code_alone(bilbao, bilbao_customisation):
    code = issue_code()
    Certificate.objects.create(city=bilbao, code=code, score=75)

    page = Client().get(VERIFY, {"code": code}).content.decode()

    assert "This certificate is valid." in page
    assert "carries no name" in page


def test_quiz_marking_on_known_answers(bilbao_customisation):
    questions = quiz_for(bilbao_customisation)
    answers = right_answers(bilbao_customisation)
    answers["q0"] = str((int(answers["q0"]) + 1) % 3)
    result = mark_quiz(questions, answers)
    assert result.correct_count == len(questions) - 1
    assert result.score == round(100 * (len(questions) - 1) / len(questions))


def test_a_city_can_write_its_own_quiz(bilbao_customisation):
    bilbao_customisation.course_quiz = [
        (
            "question",
            {
                "question": "Where do Bilbao's agents meet?",
                "options": [
                    ("option", {"text": "At the Azkuna centre", "correct": True}),
                    ("option", {"text": "Nowhere", "correct": False}),
                ],
                "explanation": "",
            },
        )
    ]
    bilbao_customisation.save_revision().publish()
    page = Client().get(QUIZ).content.decode()
    assert "Where do Bilbao&#x27;s agents meet?" in page


def test_a_certificate_issued_to_a_resident_keeps_the_sites_cached_pages(
    bilbao_customisation, page_cache_on
):
    """A certificate is a snippet, so its creation counted as an editorial change and expired
    every page and screen the site keeps: each quiz a client passed (as often as the tools'
    rate limit lets it) made every visitor's next pages, and every link preview, be built
    again. A certificate shows on no kept page (the verify screen reads them live)."""
    from tests.helpers import queries_for

    visitor = Client()
    visitor.get(EMBED)
    assert queries_for(visitor, EMBED) == 0

    resident = Resident()
    resident.get(QUIZ)
    resident.submit(right_answers(bilbao_customisation))
    resident.submit({"name": "Ane"})
    code = Certificate.objects.get().display_code

    assert queries_for(visitor, EMBED) == 0
    check = Resident().get(VERIFY, code=code, name="Ane")
    assert "This certificate is valid." in check.content.decode()
