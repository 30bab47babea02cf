"""The choice and order of a city's questions are one setting for every language."""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from citizenship_test.models import CitizenshipTest
from citizenship_test.models.questionnaire import Questionnaire
from icc_site.localize import publish_translation
from tests.tools.test_shared_settings import edit_form
from tools.models import CityCoordinators

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def lisbon_chosen(bank, make_customisation, lisbon, locales):
    codes = list(bank)[:4]
    customisation = make_customisation(lisbon, chosen=[(bank[code], "") for code in codes])
    french = publish_translation(customisation, locales["fr"], {})
    return customisation, french, [bank[code].translation_key.hex for code in codes]


def asked(customisation, language):
    return [question.key for question in Questionnaire(customisation, language).questions]


def publish_with(client, customisation, change):
    url = reverse(f"{CitizenshipTest.snippet_viewset.url_namespace}:edit", args=[customisation.pk])
    data = edit_form(client, url)
    data.setdefault("action_links-count", "0")  # a StreamField the browser's script fills in
    change(data)
    data["action-publish"] = "publish"
    response = client.post(url, data)
    assert response.status_code == 302


def test_order_changed_in_the_source_language_is_the_order_in_every_language(
    client, coordinator_of, lisbon, lisbon_chosen
):
    english, french, keys = lisbon_chosen
    client.force_login(coordinator_of(lisbon))

    def reverse_order(data):
        total = int(data["chosen_questions-TOTAL_FORMS"])
        for index in range(total):
            data[f"chosen_questions-{index}-ORDER"] = str(total - index)

    publish_with(client, english, reverse_order)

    french = CitizenshipTest.objects.get(pk=french.pk)
    assert asked(french, "fr") == keys[::-1]
    assert asked(CitizenshipTest.objects.get(pk=english.pk), "en") == keys[::-1]


def test_a_question_removed_in_one_language_is_asked_in_none(
    client, coordinator_of, lisbon, lisbon_chosen
):
    english, french, keys = lisbon_chosen
    client.force_login(coordinator_of(lisbon))

    publish_with(client, english, lambda data: data.update({"chosen_questions-0-DELETE": "1"}))

    for customisation, language in ((english, "en"), (french, "fr")):
        assert asked(CitizenshipTest.objects.get(pk=customisation.pk), language) == keys[1:], (
            language
        )


def test_french_residents_get_the_french_text_of_the_shared_choice(lisbon_chosen):
    english, french, keys = lisbon_chosen
    english.tool_options = {"questions": keys[:2]}
    english.save()

    questions = Questionnaire(CitizenshipTest.objects.get(pk=french.pk), "fr").questions
    assert [question.key for question in questions] == keys[:2]
    assert all(question.question.locale.language_code == "fr" for question in questions)


def test_in_a_reviewed_city_a_new_order_waits_for_the_review(
    client, coordinator_of, lisbon, lisbon_chosen
):
    english, french, keys = lisbon_chosen
    review = Workflow.objects.create(name="City tool review")
    task = GroupApprovalTask.objects.create(name="Editors approve")
    WorkflowTask.objects.create(workflow=review, task=task, sort_order=0)
    record = CityCoordinators.for_city(lisbon)
    record.review_workflow = review
    record.save()
    client.force_login(coordinator_of(lisbon))
    url = reverse(f"{CitizenshipTest.snippet_viewset.url_namespace}:edit", args=[english.pk])
    data = edit_form(client, url)
    data.setdefault("action_links-count", "0")
    total = int(data["chosen_questions-TOTAL_FORMS"])
    for index in range(total):
        data[f"chosen_questions-{index}-ORDER"] = str(total - index)
    data["action-submit"] = "1"

    assert client.post(url, data).status_code == 302
    waiting = asked(CitizenshipTest.objects.get(pk=english.pk), "en")
    CitizenshipTest.objects.get(pk=english.pk).get_latest_revision().publish()  # approved

    assert waiting == keys
    assert asked(CitizenshipTest.objects.get(pk=french.pk), "fr") == keys[::-1]
