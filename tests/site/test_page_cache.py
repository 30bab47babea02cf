"""The public page cache (icc_site.page_cache): what is kept, what never is, when it expires."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from icc_site import page_cache
from tests.helpers import captured_queries, soup_of
from tools.state import STATE_FIELD

pytestmark = pytest.mark.django_db


def cache_state(response):
    return response.headers.get(page_cache.HEADER)


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, home_page, page_cache_on, django_assert_max_num_queries
):
    first = client.get("/en/")
    assert first.status_code == 200
    assert cache_state(first) == "miss"

    with django_assert_max_num_queries(1):
        second = client.get("/en/")
    assert cache_state(second) == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_an_editor_publishing_a_page_shows_the_fresh_content(client, home_page, page_cache_on):
    client.get("/en/")
    assert cache_state(client.get("/en/")) == "hit"

    home_page.title = "A freshly published title"
    home_page.save_revision().publish()

    response = client.get("/en/")
    assert cache_state(response) == "miss"
    assert "A freshly published title" in response.text


def test_an_unpublished_or_deleted_page_is_no_longer_served(client, home_page, page_cache_on):
    from wagtail.models import Page

    child = home_page.add_child(instance=Page(title="Short-lived", slug="short-lived"))
    child.save_revision().publish()
    client.get("/en/short-lived/")
    assert cache_state(client.get("/en/short-lived/")) == "hit"

    child.unpublish()
    assert client.get("/en/short-lived/").status_code == 404

    child.save_revision().publish()
    client.get("/en/short-lived/")
    assert cache_state(client.get("/en/short-lived/")) == "hit"
    child.delete()
    assert client.get("/en/short-lived/").status_code == 404


def test_a_moved_page_is_not_served_at_its_old_address(client, home_page, page_cache_on):
    from wagtail.models import Page

    section = home_page.add_child(instance=Page(title="Section", slug="section"))
    section.save_revision().publish()
    leaf = home_page.add_child(instance=Page(title="Leaf", slug="leaf"))
    leaf.save_revision().publish()
    client.get("/en/leaf/")
    assert cache_state(client.get("/en/leaf/")) == "hit"

    leaf.move(section, pos="last-child")

    old_address = client.get("/en/leaf/")
    assert old_address.status_code != 200  # Wagtail's redirect to the new address, not the page
    assert cache_state(old_address) is None
    assert client.get("/en/section/leaf/").status_code == 200


def test_a_snippet_change_expires_the_cached_pages(client, home_page, locales, page_cache_on):
    from practices.models import Topic

    client.get("/en/")
    assert cache_state(client.get("/en/")) == "hit"

    topic = Topic.objects.create(name="Housing", slug="housing", locale=locales["en"])
    assert cache_state(client.get("/en/")) == "miss"

    client.get("/en/")
    topic.delete()
    assert cache_state(client.get("/en/")) == "miss"


def test_a_signed_in_editor_never_gets_or_fills_the_cache(
    client, admin_user, home_page, page_cache_on
):
    client.get("/en/")  # an anonymous visit fills the cache
    client.force_login(admin_user)

    for _ in range(2):
        response = client.get("/en/")
        assert cache_state(response) is None
        assert b"wagtail-userbar" in response.content  # the editor's own page, not the cached one


def test_a_post_is_never_answered_from_the_cache(client, home_page, page_cache_on):
    client.get("/en/")
    response = client.post("/en/", {})
    assert cache_state(response) is None


def test_the_parameters_a_page_reads_and_the_language_are_part_of_the_key(
    client, home_page, french_home, page_cache_on
):
    from practices.models import PracticeIndexPage

    index = home_page.add_child(instance=PracticeIndexPage(title="Practices", slug="practices"))
    index.save_revision().publish()
    assert cache_state(client.get(f"{index.url}?page=1")) == "miss"
    assert cache_state(client.get(f"{index.url}?page=2")) == "miss"
    assert cache_state(client.get(f"{index.url}?page=1")) == "hit"
    french = client.get("/fr/")
    assert cache_state(french) == "miss"
    assert 'lang="fr"' in french.text


def test_a_visitor_with_an_unknown_cookie_bypasses_the_cache(client, home_page, page_cache_on):
    client.get("/en/")
    client.cookies["sessionid"] = "someone"
    assert cache_state(client.get("/en/")) is None


def test_tool_embed_pages_are_never_cached_nor_shared_across_requests(
    client, lisbon_customisation, page_cache_on
):
    url = "/en/embed/council-checklist/lisbon/"
    first, second = client.get(url), client.get(url)

    for response in (first, second):
        assert response.status_code == 200
        assert cache_state(response) is None
        assert "no-store" in response["Cache-Control"]

    def state(response):
        soup = soup_of(response, status=None)
        return soup.find("input", attrs={"name": STATE_FIELD})["value"]

    assert state(first) != state(second)  # each visit gets its own signed form state


def test_tool_full_pages_are_never_cached(client, lisbon_customisation, page_cache_on):
    url = "/en/tools/council-checklist/lisbon/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert cache_state(response) is None
        assert "no-store" in response["Cache-Control"]


def test_the_cache_is_off_unless_production_turns_it_on(client, home_page):
    client.get("/en/")
    assert cache_state(client.get("/en/")) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.set_cookie("csrftoken", "x"),
        lambda r: r.__setitem__("Vary", "Accept-Language"),
        lambda r: r.__setitem__("Cache-Control", "private"),
        lambda r: setattr(r, "status_code", 302),
    ],
    ids=["sets-a-cookie", "varies-on-language", "private", "redirect"],
)
def test_responses_that_set_cookies_or_vary_are_not_kept(change):
    request = RequestFactory().get("/en/")
    request.icc_page_cacheable = True
    plain = HttpResponse("page")
    plain["Vary"] = "Cookie"
    assert page_cache.response_may_be_cached(request, plain)

    response = HttpResponse("page")
    change(response)
    assert not page_cache.response_may_be_cached(request, response)


def test_a_response_that_used_a_csp_nonce_is_not_kept():
    request = RequestFactory().get("/en/")
    request.icc_page_cacheable = True
    request._csp_nonce = "abc"
    assert not page_cache.response_may_be_cached(request, HttpResponse("page"))


def test_a_page_the_cache_cannot_answer_reuses_what_pages_share_until_a_publish(
    client, home_page, page_cache_on
):
    from wagtail.models import Page

    with captured_queries() as first:
        client.get("/en/?from=newsletter")
    # A parameter no page reads (a campaign's link, say) keeps a page out of the page cache:
    # rendered afresh, but the menu, the language switcher's pages and the home page's lists
    # are not read again.
    with captured_queries() as again:
        response = client.get("/en/?from=newsletter")
    assert cache_state(response) is None
    assert len(again) <= len(first) - 4

    about = home_page.add_child(
        instance=Page(title="About the network", slug="about", show_in_menus=True)
    )
    about.save_revision().publish()

    menu = soup_of(client.get("/en/?from=other"), status=None).find("nav")
    assert "About the network" in menu.get_text()


def test_previews_never_read_or_fill_the_shared_data(rf, page_cache_on):
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    preview = rf.get("/")
    preview.is_preview = True
    visit = rf.get("/")
    visit.is_preview = False

    assert page_cache.cached_until_publish("shared", compute, visit) == 1
    assert page_cache.cached_until_publish("shared", compute, preview) == 2
    assert page_cache.cached_until_publish("shared", compute, rf.get("/")) == 1
    page_cache.bump_generation()
    assert page_cache.cached_until_publish("shared", compute, rf.get("/")) == 3


def test_a_page_put_behind_a_password_is_no_longer_served_from_the_cache(
    client, home_page, page_cache_on
):
    from wagtail.models import Page, PageViewRestriction

    private = home_page.add_child(instance=Page(title="Council minutes", slug="minutes"))
    private.save_revision().publish()
    client.get("/en/minutes/")
    assert cache_state(client.get("/en/minutes/")) == "hit"

    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    response = client.get("/en/minutes/")
    assert cache_state(response) is None
    assert 'name="password"' in response.text


def test_a_value_cached_before_a_publish_is_committed_is_not_served_after_it(
    home_page, page_cache_on, django_capture_on_commit_callbacks
):
    # A publish runs in a transaction: until it commits, other requests still read the old
    # content, and may cache it under the generation the publish has just started.
    with django_capture_on_commit_callbacks(execute=True):
        home_page.title = "Intercultural Cities, renewed"
        home_page.save_revision().publish()
        page_cache.cached_until_publish("home-title", lambda: "Intercultural Cities")

    assert (
        page_cache.cached_until_publish("home-title", lambda: "Intercultural Cities, renewed")
        == "Intercultural Cities, renewed"
    )
