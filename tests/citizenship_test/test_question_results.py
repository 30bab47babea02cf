"""Results per question: counters added when a resident completes the test, shown to the
city's coordinators with the results screen's filters, small groups hidden, and exported."""

import csv
import importlib
import io
from datetime import date

import pytest
from django.apps import apps as django_apps
from openpyxl import load_workbook

from citizenship_test.models import AnswerCount, Completion, EventSession
from citizenship_test.question_results import question_results
from tests.citizenship_test.conftest import Resident, add_completions
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/citizenship-test/lisbon/"


def complete(pick=lambda values: values[-1]):
    resident = Resident(EMBED)
    resident.start()
    for _step in range(4):
        resident.answer_all(lambda name, values: pick(values))
    assert resident.post().status_code == 303


def count(
    customisation, question, answer, number, day=date(2026, 3, 2), session=None, as_sent=False
):
    """`number` residents chose `answer` (the value the form sends: an option's position, or
    the scale's value) to `question`; stored as the wizard stores it, or `as_sent` (the counters
    of before migration 0005)."""
    AnswerCount.objects.create(
        customisation=customisation,
        question_key=question.translation_key.hex,
        answer=answer if as_sent else question.counted_answer(answer),
        day=day,
        event_session=session,
        count=number,
    )


@pytest.fixture
def periods(published_from, lisbon_customisation):
    """Figures shown from 3 residents (tools.disclosure), and two closed periods of 3
    completed tests: January and March 2026."""
    published_from(3)
    add_completions(lisbon_customisation, 3, date(2026, 1, 5))
    add_completions(lisbon_customisation, 3, date(2026, 3, 2))


def sections(response):
    page = soup_of(response, status=None)
    return {
        section.h2.get_text(strip=True): section for section in page.select("section.ct-question")
    }


def test_completing_the_test_counts_each_answer_and_stores_no_answer_per_resident(
    lisbon_customisation, bank
):
    complete()
    complete()
    complete(lambda values: values[0])

    k1 = bank["k1"].translation_key.hex
    cells = {row.answer: row.count for row in AnswerCount.objects.filter(question_key=k1)}
    only_nationals, right = (option.id for option in bank["k1"].options)
    assert cells == {right: 2, only_nationals: 1}
    assert AnswerCount.objects.values("question_key").distinct().count() == 8
    # Nothing ties the counters to one completion: no key, no token, no score.
    fields = {field.name for field in AnswerCount._meta.get_fields()}
    assert not fields & {"completion", "token", "overall_score"}
    assert Completion.objects.count() == 3


def test_coordinator_sees_the_share_of_each_answer_and_of_right_answers(
    lisbon_coordinator_client, lisbon_customisation, bank, periods
):
    count(lisbon_customisation, bank["k1"], "1", 6)
    count(lisbon_customisation, bank["k1"], "0", 4)

    response = lisbon_coordinator_client.get(
        f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"
    )

    assert response.status_code == 200
    section = sections(response)["Who may vote in local elections here?"]
    assert "10 answers" in section.text
    assert "60% answered right" in section.text
    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in section.select("tbody tr")
    ]
    assert rows == [
        ["Only nationals", "4", "40%"],
        ["Residents under conditions set by law (right answer)", "6", "60%"],
    ]


def test_small_groups_are_hidden_and_cannot_be_worked_out(
    lisbon_coordinator_client, lisbon_customisation, bank, periods
):
    count(lisbon_customisation, bank["k1"], "0", 2)  # too few
    count(lisbon_customisation, bank["k1"], "1", 9)  # hidden too: the total would give the 2 away
    count(lisbon_customisation, bank["k2"], "1", 2)  # too few answers to the whole question
    count(lisbon_customisation, bank["c1"], "5", 4)
    count(lisbon_customisation, bank["c1"], "4", 5)

    found = sections(
        lisbon_coordinator_client.get(
            f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"
        )
    )

    k1 = found["Who may vote in local elections here?"]
    assert k1.text.count("fewer than 3") == 2
    assert "answered right" not in k1.text
    assert " 2" not in k1.select_one("tbody").text and "9" not in k1.select_one("tbody").text
    k2 = found["Is a landlord allowed to refuse a tenant for their origin?"]
    assert "Not shown: fewer than 3 people answered it in part of this period." in k2.text
    assert not k2.select("table")
    c1 = found["I enjoy hearing how others see things."]
    assert "fewer than" not in c1.text and "56%" in c1.text


def test_filters_by_period_and_by_group_session(
    lisbon_coordinator_client, lisbon_customisation, bank, periods
):
    session = EventSession.open_for(lisbon_customisation, "en", title="Library workshop")
    add_completions(lisbon_customisation, 3, date(2026, 3, 10), session=session)
    count(lisbon_customisation, bank["c1"], "5", 3, day=date(2026, 1, 10))
    count(lisbon_customisation, bank["c1"], "1", 4, day=date(2026, 3, 10), session=session)
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"
    prompt = "I enjoy hearing how others see things."

    in_march = sections(lisbon_coordinator_client.get(url, {"period": "2026-03"}))[prompt]
    in_session = sections(lisbon_coordinator_client.get(url, {"session": session.pk}))[prompt]
    everything = sections(lisbon_coordinator_client.get(url))[prompt]

    assert "4 answers" in in_march.text and "4 answers" in in_session.text
    assert "7 answers" in everything.text


def test_another_citys_session_is_no_filter_and_its_counts_never_show(
    lisbon_coordinator_client, lisbon_customisation, bank, make_customisation, rijeka
):
    rijeka_customisation = make_customisation(rijeka)
    theirs = EventSession.open_for(rijeka_customisation, "en", title="Rijeka workshop")
    count(rijeka_customisation, bank["c1"], "2", 50, session=theirs)
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"

    response = lisbon_coordinator_client.get(url, {"session": theirs.pk})

    assert "Rijeka workshop" not in response.content.decode()
    assert not sections(response)
    theirs_url = f"/admin/citizenship-test/{rijeka_customisation.pk}/questions/"
    assert lisbon_coordinator_client.get(theirs_url).status_code == 404
    export = f"/admin/citizenship-test/{rijeka_customisation.pk}/questions/export/"
    assert lisbon_coordinator_client.get(export).status_code == 404


def test_export_as_csv_and_xlsx_follows_the_filters_and_hides_small_groups(
    lisbon_coordinator_client, lisbon_customisation, bank, periods
):
    count(lisbon_customisation, bank["k1"], "0", 3, day=date(2026, 1, 5))
    count(lisbon_customisation, bank["k1"], "1", 5, day=date(2026, 3, 5))
    count(lisbon_customisation, bank["k1"], "0", 4, day=date(2026, 3, 5))
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/export/"

    response = lisbon_coordinator_client.get(url, {"period": "2026-03", "format": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["question_code", "question", "component", "answers"]
    assert rows[1][3:] == ["9", "Only nationals", "", "4", "44", "56"]
    assert rows[2][3:] == ["9", "Residents under conditions set by law", "yes", "5", "56", "56"]

    xlsx = lisbon_coordinator_client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][3:7] == [12, "Only nationals", None, 7]


def test_a_question_the_test_no_longer_asks_keeps_its_figures(lisbon_customisation, bank, locales):
    count(lisbon_customisation, bank["a1"], "2", 3)
    results = question_results(lisbon_customisation, AnswerCount.objects.all(), "fr")
    assert [result.prompt for result in results] == [
        "Une voisine est insultée pour son accent. Vous..."
    ]
    assert results[0].answers[2].label == "intervenez avec d'autres"


def reordered(question):
    """`question` with its options in the opposite order, as an editor dragging them would
    leave it (each option keeps its identity), saved and its translations synced."""
    question.options = list(reversed(question.options.raw_data))
    question.save()
    return question


def on_screen(client, customisation, prompt):
    response = client.get(f"/admin/citizenship-test/{customisation.pk}/questions/")
    return answer_rows(sections(response)[prompt])


def answer_rows(section):
    return [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in section.select("tbody tr")
    ]


def test_counts_stay_with_their_answer_when_the_options_are_reordered(
    lisbon_coordinator_client, lisbon_customisation, bank, periods
):
    complete(lambda values: values[0])  # "Only nationals"
    complete(lambda values: values[-1])  # the right answer
    # As if 3 and 4 residents had answered so (each cell stored as the wizard stored it).
    first, last = AnswerCount.objects.filter(question_key=bank["k1"].translation_key.hex).order_by(
        "pk"
    )
    AnswerCount.objects.filter(pk=first.pk).update(count=3, day=date(2026, 3, 2))
    AnswerCount.objects.filter(pk=last.pk).update(count=4, day=date(2026, 3, 2))
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/questions/"
    prompt = "Who may vote in local elections here?"
    before = answer_rows(sections(lisbon_coordinator_client.get(url))[prompt])

    reordered(bank["k1"])

    after = answer_rows(sections(lisbon_coordinator_client.get(url))[prompt])
    assert before == [
        ["Only nationals", "3", "43%"],
        ["Residents under conditions set by law (right answer)", "4", "57%"],
    ]
    assert after == [before[1], before[0]]
    export = lisbon_coordinator_client.get(f"{url}export/", {"format": "csv"})
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    k1 = [row[4:7] for row in rows if row[1] == prompt]
    assert k1 == [
        ["Residents under conditions set by law", "yes", "4"],
        ["Only nationals", "", "3"],
    ]


def test_counts_kept_by_position_before_are_kept_under_their_option(
    lisbon_coordinator_client, lisbon_customisation, bank, periods
):
    migration = importlib.import_module("citizenship_test.migrations.0005_answer_counts_by_option")
    count(lisbon_customisation, bank["k1"], "0", 3, as_sent=True)
    count(lisbon_customisation, bank["k1"], "1", 4, as_sent=True)
    count(lisbon_customisation, bank["c1"], "5", 3, as_sent=True)
    prompt = "Who may vote in local elections here?"

    migration.positions_to_option_ids(django_apps, None)
    reordered(bank["k1"])

    assert on_screen(lisbon_coordinator_client, lisbon_customisation, prompt) == [
        ["Residents under conditions set by law (right answer)", "4", "57%"],
        ["Only nationals", "3", "43%"],
    ]
    scale = on_screen(
        lisbon_coordinator_client, lisbon_customisation, "I enjoy hearing how others see things."
    )
    assert scale[-1] == ["Strongly agree", "3", "100%"]
    migration.option_ids_to_positions(django_apps, None)
    assert sorted(AnswerCount.objects.values_list("answer", flat=True)) == ["0", "1", "5"]
