"""The wizard end to end with the test client, with no cookie at all (as in a cross-site frame)."""

import pytest

from citizenship_test.models import Completion
from tests.citizenship_test.conftest import Resident

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/citizenship-test/lisbon/"


def test_resident_completes_the_test_in_english_without_cookies(lisbon_test):
    resident = Resident(EMBED)
    assert resident.start().status_code == 200
    assert resident.step_status() == "Step 1 of 5"
    assert resident.soup.select_one("[aria-current=step]").get_text() == "Knowledge of human rights"
    for _step in range(4):
        response = resident.answer_all()
        assert response.status_code == 200, resident.soup.select(".ct-question__error")
    assert resident.step_status() == "Step 5 of 5"
    final = resident.post()

    assert final.status_code == 303
    assert "/en/embed/citizenship-test/lisbon/results/" in final["Location"]
    completion = Completion.objects.get()
    assert completion.customisation == lisbon_test
    assert completion.language == "en"
    assert completion.overall_score is not None
