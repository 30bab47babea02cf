"""Results page, shareable link, chart, printable version, guide, and what a completion keeps."""

import pytest
from django.db import models

from citizenship_test.components import ACTION, KNOWLEDGE
from citizenship_test.models import Completion
from citizenship_test.results import load_results_token, results_token
from citizenship_test.scoring import TestScores
from tests.citizenship_test.conftest import EMBED, Resident
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def results_url(lisbon_customisation):
    return Resident(EMBED).to_review().post()["Location"]


def test_resident_sees_score_per_component_overall_and_a_chart(results_url):
    response = Resident(results_url).start()

    assert response.status_code == 200
    soup = soup_of(response)
    rows = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in soup.select(".ct-results__table tbody tr")
    }
    assert rows["Knowledge of human rights"] == "100"
    assert rows["Willingness to act"] == "100"
    assert "Overall" in rows
    svg = soup.select_one(".ct-chart svg[role=img]")
    assert svg["role"] == "img"
    assert svg.title.get_text() == "Your scores out of 100"
    assert "Knowledge of human rights: 100/100" in svg.desc.get_text()
    assert len(svg.select("rect.tool-chart__bar")) == 5


def test_results_give_self_reflection_feedback_and_ideas_for_action(
    results_url, lisbon_customisation
):
    lisbon_customisation.action_links = [
        (
            "link",
            {
                "component": ACTION,
                "title": "Volunteer centre",
                "url": "https://v.example",
                "description": "",
            },
        )
    ]
    lisbon_customisation.save_revision().publish()

    soup = soup_of(Resident(results_url).start())

    action = (
        soup.select_one(".ct-feedback--strong#ct-feedback-action")
        or soup.select_one("#ct-feedback-action").parent
    )
    text = action.get_text(" ", strip=True)
    assert "Solid ground (70–100)" in text
    assert "Idea for a1." in text
    assert (
        soup.select_one("a[href='https://v.example']")
        .get_text(strip=True)
        .startswith("Volunteer centre")
    )


def test_shareable_link_holds_only_scores_and_cannot_be_tampered_with(
    results_url, lisbon_customisation
):
    token = results_url.rstrip("/").rsplit("/", 1)[1]
    scores = load_results_token(lisbon_customisation, token)
    assert scores.components[KNOWLEDGE] == 100

    soup = soup_of(Resident(results_url).start())
    share = soup.select_one("#ct-share-url")["value"]
    assert share == f"http://testserver/en/tools/citizenship-test/lisbon/results/{token}/"

    forged = results_token(
        lisbon_customisation, TestScores(components={KNOWLEDGE: 100}, overall=100)
    )
    tampered = forged[:-3] + ("aaa" if not forged.endswith("aaa") else "bbb")
    assert Resident(f"{EMBED}results/{tampered}/").start().status_code == 404
    assert Resident(f"{EMBED}results/garbage/").start().status_code == 404


def test_a_results_link_of_one_city_does_not_open_in_another(
    results_url, bank, make_customisation, rijeka
):
    make_customisation(rijeka)
    other = results_url.replace("/lisbon/", "/rijeka/")
    assert Resident(other).start().status_code == 404


def test_completion_stores_no_ip_user_agent_identifier_or_free_text():
    names = {field.name for field in Completion._meta.get_fields()}
    assert names == {
        "id",
        "customisation",
        "language",
        "completed_on",
        "knowledge_score",
        "competences_score",
        "diversity_score",
        "action_score",
        "overall_score",
        "questions_asked",
        "questions_answered",
        "age_band",
        "years_in_city",
        "token",
        "event_session",  # the group session, shared by everyone who joined it
    }
    free_text = [
        field.name
        for field in Completion._meta.get_fields()
        if isinstance(field, models.TextField | models.GenericIPAddressField)
        or (isinstance(field, models.CharField) and not field.choices)
    ]
    assert free_text == ["language", "token"]  # a language code and the form's nonce
    assert isinstance(Completion._meta.get_field("completed_on"), models.DateField)


def test_demographics_are_dropped_when_the_city_does_not_ask(lisbon_customisation):
    completion = Completion.record(
        lisbon_customisation, "en", TestScores(components={}, overall=None), "t1", age_band="18-29"
    )
    assert completion.age_band == ""


def test_printable_version_lists_every_question_with_print_styles(lisbon_customisation):
    response = Resident(f"{EMBED}print/").start()

    soup = soup_of(response)
    assert len(soup.select(".ct-print__question")) == 8
    assert soup.find("link", href="/static/citizenship_test/print.css", media="print")
    assert "Who may vote in local elections here?" in soup.get_text()
    assert "Residents under conditions set by law" in soup.select_one(".ct-print__answers").text


def test_facilitator_guide_explains_group_use(lisbon_customisation):
    soup = soup_of(Resident(f"{EMBED}guide/").start())
    assert soup.h2.get_text() == "Guide for facilitators"
    assert "This test has 8 questions." in soup.get_text()
    assert Resident("/fr/embed/citizenship-test/lisbon/guide/").start().status_code == 200


def test_unknown_screens_are_not_found_and_other_screens_refuse_posts(lisbon_customisation):
    assert Resident(f"{EMBED}nothing/").start().status_code == 404
    from django.test import Client

    response = Client().post(f"{EMBED}print/", HTTP_ORIGIN="http://testserver")
    assert response.status_code == 405
