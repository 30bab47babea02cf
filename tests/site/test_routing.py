"""In production, the way to each page is remembered until the next publish (icc_site.routing)."""

import pytest
from wagtail.models import Page

from tests.helpers import captured_queries, queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def deep_page(home_page):
    """A page three levels below the home page."""
    parent = home_page
    for slug in ("network", "reports"):
        parent = parent.add_child(instance=Page(title=slug.title(), slug=slug))
        parent.save_revision().publish()
    page = parent.add_child(instance=Page(title="Annual report 2017", slug="annual-2017"))
    page.save_revision().publish()
    return page


def test_a_page_found_once_is_found_again_without_walking_the_tree(
    client, deep_page, page_cache_on
):
    client.get("/en/")  # the site's roots, the cache generation
    first = queries_for(client, "/en/network/reports/annual-2017/")

    # Another address of the same page (a campaign's link): no cached response, but the route.
    again = queries_for(client, "/en/network/reports/annual-2017/?from=newsletter")

    assert again <= first - 3


def test_a_renamed_page_is_found_at_its_new_address_only(client, deep_page, page_cache_on):
    assert client.get("/en/network/reports/annual-2017/").status_code == 200

    deep_page.slug = "report-2017"
    deep_page.save_revision().publish()

    assert client.get("/en/network/reports/annual-2017/?again").status_code == 404
    assert client.get("/en/network/reports/report-2017/").status_code == 200


def test_a_page_that_serves_its_own_sub_paths_keeps_them(client, home_page, page_cache_on):
    from news.models import NewsIndexPage

    news = home_page.add_child(instance=NewsIndexPage(title="News", slug="news"))
    news.save_revision().publish()

    for _ in range(2):
        feed = client.get("/en/news/feed/rss/")
        assert feed.status_code == 200
        assert "<rss" in feed.text
        assert client.get("/en/news/").status_code == 200


def site_queries(client, url):
    with captured_queries() as captured:
        assert client.get(url).status_code == 200
    return [query for query in captured if '"wagtailcore_site"' in query["sql"]]


def test_the_site_of_a_host_is_read_once_until_a_site_is_saved(client, french_home, page_cache_on):
    from wagtail.models import Site

    # The language switcher links to the French home page: a link asks Wagtail which site
    # answers this host.
    assert site_queries(client, "/en/")
    assert not site_queries(client, "/en/?again")

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Intercultural Cities network"
    site.save()

    assert site_queries(client, "/en/?after-the-change")
