"""The anonymous self-check, step by step with the test client, without any cookie."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.db import connection

from checklists.factories import SelfCheckTallyFactory
from checklists.models import Assessment, SelfCheckTally
from tests.checklists.conftest import step_fields
from tests.helpers import soup_of
from tests.stored import in_database
from tools.state import STATE_FIELD

pytestmark = pytest.mark.django_db

URL = "/en/embed/council-checklist/lisbon/"
ORIGIN = "http://localhost:8001"


def state_of(response):
    soup = soup_of(response, status=None)
    return soup.find("input", attrs={"name": STATE_FIELD})["value"]


def back_to(response):
    """What the "Back" button sends."""
    soup = soup_of(response, status=None)
    button = soup.select_one("button.checklist-nav__back")
    return {button["name"]: button["value"]}


def post(client, response, answers, url=URL, **extra):
    data = {**step_fields(response), **answers}
    return client.post(url, data, HTTP_ORIGIN=ORIGIN, **extra)


def run_through(client, question_ids, answers):
    """Answer every step; returns the results response."""
    response = client.get(URL)
    steps = [question_ids[0:2], question_ids[2:3], question_ids[3:5]]
    for step in steps:
        response = post(client, response, {qid: answers[qid] for qid in step})
        assert response.status_code == 200
    return response


def test_resident_goes_through_every_step_and_sees_the_scores(
    client, lisbon_customisation, question_ids
):
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Step 1 of 3" in page and 'value="1"' in page and "Membership" in page
    assert "Ages are mixed." in page  # what yes looks like

    answers = dict(zip(question_ids, ["yes", "no", "partly", "na", "yes"], strict=True))
    response = run_through(client, question_ids, answers)

    page = response.content.decode()
    soup = BeautifulSoup(page, "html.parser")
    assert "Your results" in page
    # Membership 50 %, chair 50 %, resources 100 % (n/a left out): 2.5 of 4 = 63 %.
    assert "63%" in soup.select_one(".checklist-overall").get_text()
    followups = [
        li.select_one(".checklist-followup__action").get_text()
        for li in soup.select(".checklist-followup")
    ]
    assert followups == ["Invite newcomers.", "Change the statutes."]
    assert soup.select_one("svg[role=img] title").get_text() == "Score per section"


def test_the_flow_sets_and_needs_no_cookie(client, lisbon_customisation, question_ids):
    answers = dict.fromkeys(question_ids, "yes")

    response = run_through(client, question_ids, answers)

    assert "100%" in response.content.decode()
    assert not response.cookies
    assert not client.cookies


def test_the_self_check_stores_nothing_but_an_anonymous_tally(
    client, lisbon_customisation, question_ids
):
    # Every table of the database (other apps in the checkout may be newer than its schema).
    tables = set(connection.introspection.table_names())
    counted = [m for m in apps.get_models() if m._meta.db_table in tables]
    before = {model: model.objects.count() for model in counted}

    run_through(client, question_ids, dict.fromkeys(question_ids, "partly"))

    changed = {model._meta.label for model in counted if model.objects.count() != before[model]}
    # The last page's and the journey's codes (replay protection, in the database unless
    # Redis keeps them) and the month's tally: no answer anywhere.
    nonces = {"tools.UsedFormNonce"} if in_database() else set()
    assert changed == {*nonces, "checklists.SelfCheckTally"}
    tally = SelfCheckTally.objects.get()
    assert (tally.completions, tally.average_score) == (1, 50)
    assert [f.name for f in SelfCheckTally._meta.concrete_fields] == [
        "id",
        "customisation",
        "month",
        "completions",
        "scored",
        "score_sum",
    ]
    assert Assessment.objects.count() == 0


def test_back_keeps_the_answers_given(client, lisbon_customisation, question_ids):
    response = client.get(URL)
    response = post(client, response, {question_ids[0]: "yes", question_ids[1]: "no"})
    assert "Step 2 of 3" in response.content.decode()

    response = post(client, response, {question_ids[2]: "partly", **back_to(response)})

    soup = soup_of(response, status=None)
    assert "Step 1 of 3" in response.content.decode()
    assert soup.find("input", attrs={"name": question_ids[0], "value": "yes"}).has_attr("checked")
    response = post(client, response, {question_ids[0]: "yes", question_ids[1]: "no"})
    soup = soup_of(response, status=None)
    assert soup.find("input", attrs={"name": question_ids[2], "value": "partly"}).has_attr(
        "checked"
    )


def test_a_step_with_a_missing_answer_is_shown_again_with_the_error(
    client, lisbon_customisation, question_ids
):
    response = client.get(URL)

    response = post(client, response, {question_ids[0]: "yes"})

    page = response.content.decode()
    assert "Step 1 of 3" in page
    assert "Choose an answer to this question." in page
    assert 'role="alert"' in page


def test_a_page_of_a_finished_self_check_sent_again_is_refused(
    client, lisbon_customisation, question_ids
):
    # The shared wizard's rule (tools.wizard): pages in between only read the state, so a
    # reload shows the same step; once the self-check is finished, any of its pages is refused.
    first = client.get(URL)
    answers = {question_ids[0]: "yes", question_ids[1]: "yes"}
    assert "Step 2 of 3" in post(client, first, answers).content.decode()
    second = post(client, first, answers)
    assert "Step 2 of 3" in second.content.decode()
    third = post(client, second, {question_ids[2]: "yes"})
    last = {question_ids[3]: "no", question_ids[4]: "no"}
    assert "Your results" in post(client, third, last).content.decode()

    assert post(client, third, last).status_code == 409
    assert post(client, first, answers).status_code == 409
    assert SelfCheckTally.objects.get().completions == 1


def test_a_post_from_another_site_is_refused(client, lisbon_customisation, question_ids):
    response = client.get(URL)
    data = {STATE_FIELD: state_of(response), question_ids[0]: "yes", question_ids[1]: "yes"}

    response = client.post(URL, data, HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403


def test_a_forged_state_is_refused(client, lisbon_customisation, question_ids):
    data = {STATE_FIELD: "forged", question_ids[0]: "yes", question_ids[1]: "yes"}

    response = client.post(URL, data, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 400


def test_the_embed_may_be_framed_by_the_city_origins(client, lisbon_customisation):
    response = client.get(URL)

    policy = response.headers["Content-Security-Policy"]
    assert re.search(r"frame-ancestors 'self' http://localhost:8001", policy)
    assert "X-Frame-Options" not in response.headers


def test_results_download_as_a_pdf(client, lisbon_customisation, question_ids, monkeypatch):
    from checklists import self_check
    from tests.tools.test_charts import words_in_svg_text

    laid_out = []
    html_to_pdf = self_check.html_to_pdf
    monkeypatch.setattr(
        self_check,
        "html_to_pdf",
        lambda html, **kw: laid_out.append(html) or html_to_pdf(html, **kw),
    )
    response = run_through(client, question_ids, dict.fromkeys(question_ids, "no"))
    soup = soup_of(response, status=None)
    form = soup.find("form", action=f"{URL}results.pdf")
    token = form.find("input", attrs={"name": STATE_FIELD})["value"]

    pdf = client.post(f"{URL}results.pdf", {STATE_FIELD: token}, HTTP_ORIGIN=ORIGIN)

    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) > 1000
    # The chart's words (section titles) are HTML, which WeasyPrint shapes (Arabic too).
    assert words_in_svg_text(laid_out[0]) == []
    labels = BeautifulSoup(laid_out[0], "html.parser").select(".tool-chart__pdf-label")
    assert [label.get_text() for label in labels] == ["Membership", "Chair person", "Resources"]
    # The download can be repeated (the token is not consumed).
    again = client.post(f"{URL}results.pdf", {STATE_FIELD: token}, HTTP_ORIGIN=ORIGIN)
    assert again.status_code == 200


def test_full_page_version_works_too(client, lisbon_customisation, question_ids):
    response = client.get("/en/tools/council-checklist/lisbon/")

    assert response.status_code == 200
    assert soup_of(response, status=None).select_one(".site-header")


def test_every_static_file_the_checklist_pages_link_exists(
    client, lisbon_customisation, question_ids
):
    from tests.site.test_static_references import unresolved_static_references

    results = run_through(client, question_ids, dict.fromkeys(question_ids, "partly"))
    pages = [client.get(URL), client.get("/en/tools/council-checklist/lisbon/"), results]
    for page in pages:
        html = page.content.decode()
        assert "tools/charts.css" in html  # linked by the page, not imported by a stylesheet
        assert unresolved_static_references(html) == []


def test_a_last_step_sent_too_fast_comes_back_with_its_answers(
    client, lisbon_customisation, question_ids, settings, monkeypatch
):
    # The shared wizard checks the fill time where the self-check is counted: on its last page.
    settings.TOOLS_MIN_FILL_SECONDS = 2
    response = client.get(URL)
    response = post(client, response, {question_ids[0]: "yes", question_ids[1]: "no"})
    response = post(client, response, {question_ids[2]: "yes"})
    chosen = {question_ids[3]: "yes", question_ids[4]: "no"}

    refused = post(client, response, chosen)

    assert refused.status_code == 400
    soup = soup_of(refused, status=None)
    assert "too quickly" in soup.select_one("[role=alert]").get_text()
    assert "Step 3 of 3" in refused.content.decode()
    checked = {r["name"]: r["value"] for r in soup.select("input[type=radio][checked]")}
    assert {checked.get(str(qid), checked.get(qid)) for qid in chosen} == {"yes", "no"}
    later = time.time() + 5
    monkeypatch.setattr("tools.state.time.time", lambda: later)
    assert "Your results" in post(client, refused, chosen).content.decode()
    assert SelfCheckTally.objects.get().completions == 1


def test_the_score_is_compared_with_the_city_and_network_from_twenty_self_checks(
    client, lisbon_customisation, question_ids
):
    import datetime

    from django.utils import timezone

    answers = dict(zip(question_ids, ["yes", "no", "partly", "na", "yes"], strict=True))
    last_month = timezone.localdate().replace(day=1) - datetime.timedelta(days=1)
    # 19 self-checks at 40 last month: below the threshold.
    tally = SelfCheckTallyFactory(
        customisation=lisbon_customisation,
        month=last_month.replace(day=1),
        completions=19,
        average=40,
    )
    soup = soup_of(run_through(client, question_ids, answers), status=None)
    text = soup.select_one(".checklist-compare").get_text(" ", strip=True)
    assert "Fewer than 20 self-checks have been completed in Lisbon so far" in text
    assert not soup.select(".checklist-compare svg")

    # A 20th last month makes a closed period: (19 × 40 + 63) / 20 = 41.15. This month's runs
    # (63 each) are not in it yet: with them, an average would change by one person's score.
    SelfCheckTally.objects.filter(pk=tally.pk).update(completions=20, scored=20, score_sum=823)
    soup = soup_of(run_through(client, question_ids, answers), status=None)
    city = soup.select_one("#checklist-compare-city-title").find_parent("svg")
    assert "Your score: 63/100 (Average in Lisbon: 41)" in city.desc.get_text()
    assert city.select("line.tool-chart__reference")
    assert soup.select_one("#checklist-compare-network-title")


def test_the_admin_preview_shows_the_first_step(rf, lisbon_customisation):
    response = lisbon_customisation.serve_preview(rf.get("/"), "embed")
    response.render()

    page = response.content.decode()
    assert "Step 1 of 3" in page and "Membership" in page


def test_each_steps_title_names_its_section_and_says_when_an_answer_is_missing(
    client, lisbon_customisation, question_ids
):
    def title(response):
        return soup_of(response, status=None).title.get_text(strip=True)

    first = client.get(URL)
    second = post(client, first, {question_ids[0]: "yes", question_ids[1]: "no"})
    refused = post(client, second, {})

    # A screen reader announces the title first: each step reads apart from the others.
    assert title(first).startswith("Membership – Council check – Lisbon")
    assert title(second).startswith("Chair person – Council check – Lisbon")
    assert title(refused).startswith("Error: Chair person – Council check")
