"""A city's published Index results are the same for every visitor: the site keeps the screen
until the next editorial change, and a round published meanwhile shows at the next request."""

import pytest

from intercultural_index.models import IndexRound
from tests.helpers import queries_for, soup_of
from tests.intercultural_index.conftest import publish_index

pytestmark = pytest.mark.django_db

EMBED = "/en/embed/intercultural-index/{slug}/"


def test_the_results_are_served_again_without_a_query(client, make_network, page_cache_on):
    make_network([("Aveiro", "yes")])
    url = EMBED.format(slug="aveiro")

    first = client.get(url)

    assert queries_for(client, url) == 0
    assert client.get(url).content == first.content


def test_a_round_published_later_shows_at_the_next_request(
    client, make_network, locales, page_cache_on
):
    city = make_network([("Hidden", "yes")], publish=False)["Hidden"]
    publish_index(city, locales)
    url = EMBED.format(slug=city.slug)
    assert soup_of(client.get(url), status=None).select_one(".index-results__none")

    index_round = IndexRound.objects.get(city=city)
    index_round.published = True
    index_round.save()

    soup = soup_of(client.get(url), status=None)
    assert not soup.select_one(".index-results__none")
    assert soup.select("svg")
