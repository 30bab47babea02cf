"""An Index round in headless Chromium: on a phone, a colleague completes an area from their
invitation link (saved as they go); without JavaScript the Save button does the same; the
coordinator submits the round; axe finds nothing on these screens, in English and in Arabic.

Each test opens its own round for Lisbon on a small edition of its own, and deletes it after.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, axe_violations, save_screenshot

pytestmark = pytest.mark.browser

PASSWORD = "index-rounds-pw"


@pytest.fixture
def index_round(demo_site, django_db_blocker):
    """A round of Lisbon with a colleague per area, and a coordinator of Lisbon whose admin
    is in Arabic; all deleted afterwards."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from cities.models import CityPage
    from intercultural_index.models import Edition
    from tests.intercultural_index.round_builders import build_edition, open_round_with_links
    from tools.models import CityCoordinators

    with django_db_blocker.unblock():
        city = CityPage.objects.get(slug="lisbon", locale__language_code="en")
        Edition.objects.filter(code="browser-edition").delete()
        edition, areas, questions = build_edition("browser-edition")
        found, invitations = open_round_with_links(city, edition, areas)
        users = {}
        for language in ("en", "ar"):
            user = get_user_model().objects.create_user(
                f"index-rounds-{language}", password=PASSWORD
            )
            user.groups.add(CityCoordinators.for_city(city).group)
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            users[language] = user
    yield {"round": found, "links": invitations, "questions": questions, "users": users}
    with django_db_blocker.unblock():
        found.delete()
        edition.delete()
        for user in users.values():
            user.delete()


def link(demo_site, invitation, language="en"):
    from intercultural_index.rounds.invitations import link_path

    return demo_site + link_path(invitation, language)


def sign_in(page, demo_site, username):
    page.goto(f"{demo_site}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site}/admin/")


def violations(page, selector=None):
    """Every axe violation on the page (or inside `selector`), whatever its impact."""
    return axe_violations(page, context=selector)


def test_a_colleague_completes_an_area_on_a_phone(
    phone_page, demo_site, index_round, django_db_blocker
):
    page = phone_page
    questions = index_round["questions"]
    page.goto(link(demo_site, index_round["links"]["welcome"]))
    expect(page.locator("[data-progress-text]")).to_have_text("0 of 3 questions answered")
    desk = page.locator(f"#q{questions['desk'].pk}")
    desk.get_by_label("Partly").check()
    expect(page.locator("[data-save-status]")).to_contain_text("Saved at")
    expect(page.locator("[data-progress-text]")).to_have_text("1 of 3 questions answered")
    desk.get_by_label("Evidence").fill("Welcome desk opening hours, council decision 2024/7")
    page.locator(f"#q{questions['languages'].pk}").get_by_label("Number (languages)").fill("6")
    # By keyboard: Tab into the choices of the third question, then the arrow keys.
    mentors = page.locator(f"#q{questions['mentors'].pk}")
    mentors.get_by_label("Nobody").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(mentors.get_by_label("Trained staff")).to_be_checked()
    expect(page.locator("[data-progress-text]")).to_have_text("3 of 3 questions answered")
    save_screenshot(page, "index-round-contributor-phone")
    page.get_by_role("button", name="Hand in this area").click()
    expect(page.get_by_text("this area is handed in to the coordinator")).to_be_visible()
    from intercultural_index.models import Answer, AreaAssignment

    with django_db_blocker.unblock():
        assignment = AreaAssignment.objects.get(pk=index_round["links"]["welcome"].assignment_id)
        answers = {
            answer.question.code: answer
            for answer in Answer.objects.filter(round=index_round["round"])
        }
    assert assignment.status == AreaAssignment.DONE
    assert answers["w1"].choice == "partly" and "2024/7" in answers["w1"].evidence
    assert answers["w2"].number == 6 and answers["w3"].options == [2]


def test_without_javascript_the_save_button_keeps_the_answers(
    browser, demo_site, index_round, django_db_blocker
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    url = link(demo_site, index_round["links"]["jobs"])
    page.goto(url)
    page.get_by_label("Yes").check()
    page.get_by_label("Comment").fill("Two recruitment campaigns in 2024")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Your answers are saved.")).to_be_visible()
    expect(page.locator("[data-progress-text]")).to_have_text("1 of 1 question answered")
    expect(page.get_by_label("Comment")).to_have_value("Two recruitment campaigns in 2024")
    context.close()


def test_a_stale_tab_shows_the_newer_answer_and_keeps_mine_on_request(
    browser, page, demo_site, index_round, django_db_blocker
):
    from intercultural_index.models import Answer

    desk = index_round["questions"]["desk"]
    url = link(demo_site, index_round["links"]["welcome"])
    other = browser.new_context().new_page()
    page.goto(url)
    other.goto(url)
    other.locator(f"#q{desk.pk}").get_by_label("No", exact=True).check()
    expect(other.locator("[data-save-status]")).to_contain_text("Saved at")
    # The first tab, still showing no answer, answers too: the newer answer is shown beside it.
    box = page.locator(f"#q{desk.pk}")
    box.get_by_label("Partly").check()
    conflict = box.locator(".index-question__conflict")
    expect(conflict).to_contain_text("Changed by someone else since you opened this page")
    expect(conflict).to_contain_text("No")
    expect(box.get_by_label("Partly")).to_be_checked()
    save_screenshot(page, "index-round-conflict")
    conflict.get_by_role("button", name="Keep my answer").click()
    expect(conflict).to_have_count(0)
    expect(page.locator("[data-save-status]")).to_contain_text("Saved at")
    with django_db_blocker.unblock():
        saved = Answer.objects.get(round=index_round["round"], question=desk)
    assert saved.choice == "partly" and saved.version == 2
    other.context.close()


def test_the_coordinator_submits_and_the_round_locks(
    page, demo_site, index_round, django_db_blocker
):
    index = index_round["round"]
    sign_in(page, demo_site, "index-rounds-en")
    page.goto(f"{demo_site}/admin/intercultural-index/rounds/{index.pk}/")
    expect(page.get_by_role("row", name="Welcome")).to_contain_text("0 of 3 questions answered")
    page.get_by_role("link", name="Review and submit the round").click()
    expect(page.get_by_text("still have questions without an answer")).to_be_visible()
    page.get_by_role("button", name="Submit the round").click()
    expect(page.get_by_text("The round is submitted.")).to_be_visible()
    save_screenshot(page, "index-round-submitted")
    page.goto(link(demo_site, index_round["links"]["welcome"]))
    expect(page.get_by_text("This round has been submitted by the coordinator")).to_be_visible()
    expect(page.locator("form[data-autosave]")).to_have_count(0)


@pytest.mark.frontend
@pytest.mark.parametrize("language", ["en", "ar"])
def test_round_screens_pass_axe(page, demo_site, index_round, django_db_blocker, language):
    from django.utils import timezone

    from intercultural_index.models import Invitation

    welcome = index_round["links"]["welcome"]
    page.goto(link(demo_site, welcome, language))
    assert page.locator("html").get_attribute("lang") == language
    assert violations(page) == []
    save_screenshot(page, f"index-round-area-{language}")
    with django_db_blocker.unblock():
        Invitation.objects.filter(pk=index_round["links"]["jobs"].pk).update(
            expires_at=timezone.now()
        )
    response = page.goto(link(demo_site, index_round["links"]["jobs"], language))
    assert response.status == 410
    assert violations(page) == []
    sign_in(page, demo_site, f"index-rounds-{language}")
    for path in (f"{index_round['round'].pk}/", f"areas/{welcome.assignment_id}/", ""):
        page.goto(f"{demo_site}/admin/intercultural-index/rounds/{path}")
        assert page.locator("html").get_attribute("lang") == language
        assert violations(page, "main") == [], path
    save_screenshot(page, f"index-round-admin-{language}")
