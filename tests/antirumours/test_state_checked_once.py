"""Every accepted post of the anti-rumours forms verifies its signed state once, as the
framework's wizard does (tests/citizenship_test/test_wizard.py): the report, the checker's
answer, the quiz and the certificate."""

import pytest

from antirumours.models import Certificate, CheckerTally, RumourReport
from tests.antirumours.conftest import EMBED, Resident
from tests.antirumours.test_course import QUIZ, right_answers
from tests.helpers import signed_state_checks

pytestmark = pytest.mark.django_db


def test_a_report_verifies_its_state_once(bilbao_customisation, monkeypatch):
    resident = Resident()
    resident.get(EMBED + "report/")
    checked = signed_state_checks(monkeypatch)

    resident.submit({"text": "They say newcomers skip the housing list.", "channel": "workplace"})

    assert RumourReport.objects.count() == 1
    assert len(checked()) == 1


def test_a_checker_answer_verifies_its_state_once(jobs_rumour, monkeypatch):
    resident = Resident()
    resident.get(EMBED + "checker/jobs/")
    checked = signed_state_checks(monkeypatch)

    resident.submit({"answer": "changed"})

    assert CheckerTally.objects.get().count == 1
    assert len(checked()) == 1


def test_the_quiz_and_its_certificate_verify_their_state_once_each(
    bilbao_customisation, monkeypatch
):
    resident = Resident()
    resident.get(QUIZ)
    checked = signed_state_checks(monkeypatch)

    resident.submit(right_answers(bilbao_customisation))
    assert resident.soup.select("input[name=name]")
    assert len(checked()) == 1

    resident.submit({"name": "Ane"})

    assert Certificate.objects.get().name == "Ane"
    assert len(checked()) == 2
