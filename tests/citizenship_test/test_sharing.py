"""A resident's results beside their city's and the network's averages, and the link they may
choose to share: its page, its preview image, and what an attacker cannot do with it."""

import io
from datetime import timedelta

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from PIL import Image

from citizenship_test.comparison import MIN_COMPARISON_GROUP
from citizenship_test.components import KNOWLEDGE
from citizenship_test.results import load_results_token, results_token
from citizenship_test.scoring import TestScores
from tests.citizenship_test.conftest import EMBED, Resident, add_completions
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


@pytest.fixture
def results_url(lisbon_customisation):
    return Resident(EMBED).to_review().post()["Location"]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def comparison_section(results_url):
    return soup_of(Resident(results_url).start()).select_one(".ct-compare")


def test_averages_show_only_once_a_group_has_twenty_answers(
    results_url, lisbon_customisation, rijeka_customisation
):
    # Averages count the closed reporting periods only (citizenship_test.published): last
    # month's tests, never the resident's own of today, which would move it by one person.
    last_month = timezone.localdate().replace(day=1) - timedelta(days=1)
    add_completions(lisbon_customisation, MIN_COMPARISON_GROUP - 1, last_month, {"knowledge": 40})
    every_score = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50}
    add_completions(
        rijeka_customisation, MIN_COMPARISON_GROUP, last_month, {**every_score, "overall": 65}
    )

    section = comparison_section(results_url)
    text = section.get_text(" ", strip=True)
    assert "Fewer than 20 people have taken this test in Lisbon so far" in text
    network = section.select_one("#ct-compare-network-title").find_parent("svg")
    assert len(network.select("line.tool-chart__reference")) == 5
    assert "Network average" in network.desc.get_text()

    add_completions(lisbon_customisation, 1, last_month, {"knowledge": 40})
    cache.clear()
    section = comparison_section(results_url)
    city = section.select_one("#ct-compare-city-title").find_parent("svg")
    description = city.desc.get_text()
    # Last month's 20 residents at 40; this one's 100 of today is not in it yet.
    assert "Knowledge of human rights: 100/100 (Average in Lisbon: 40)" in description
    assert "Fewer than" not in section.get_text()


def test_below_twenty_answers_the_resident_is_told_plainly(results_url):
    text = comparison_section(results_url).get_text(" ", strip=True)
    assert "no city average to compare with yet" in text
    assert "no network average to compare with yet" in text
    assert not comparison_section(results_url).select("svg")


def share(results_url, origin=SITE):
    token = results_url.rstrip("/").rsplit("/", 1)[1]
    return Client().post(f"{EMBED}share/", {"results": token}, HTTP_ORIGIN=origin)


def test_resident_shares_a_link_with_the_score_city_brand_and_a_preview_image(
    results_url, lisbon_customisation
):
    overall = load_results_token(
        lisbon_customisation, results_url.rstrip("/").rsplit("/", 1)[1]
    ).overall
    soup = soup_of(Resident(results_url).start())
    assert soup.select_one(".ct-share form[method=post] button")

    created = share(results_url)
    assert created.status_code == 200
    shared_url = soup_of(created).select_one("#ct-shared-url")["value"]
    assert shared_url.startswith(f"{SITE}/en/tools/citizenship-test/lisbon/shared/")

    response = Client().get(shared_url)
    assert response.status_code == 200
    shared = soup_of(response)
    assert f"Overall: {overall} out of 100" in shared.get_text(" ", strip=True)
    assert shared.select_one(".tool__city").get_text(strip=True) == "Lisbon"
    assert shared.select_one(".site-brand").get_text(strip=True) == "Intercultural Cities"
    assert shared.find("meta", attrs={"name": "robots", "content": "noindex"})
    # The answers are never on the page: no question, no chosen option.
    assert "Who may vote" not in shared.get_text()

    image_url = shared.find("meta", property="og:image")["content"]
    assert shared.find("meta", attrs={"name": "twitter:image"})["content"] == image_url
    image = Client().get(image_url)
    assert image.status_code == 200
    assert image["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(image.content)).size == (1200, 630)


def test_share_links_cannot_be_forged_guessed_or_made_from_a_results_link(
    results_url, lisbon_customisation
):
    results = results_url.rstrip("/").rsplit("/", 1)[1]
    base = "/en/tools/citizenship-test/lisbon/shared/"
    # A results link's token does not open as a shared score.
    assert Client().get(f"{base}{results}/").status_code == 404
    shared_url = soup_of(share(results_url)).select_one("#ct-shared-url")["value"]
    token = shared_url.rstrip("/").rsplit("/", 1)[1]
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert Client().get(f"{base}{tampered}/").status_code == 404
    assert Client().get(f"{base}{tampered}/preview.png").status_code == 404
    # Nor does another city's page open it.
    assert Client().get(shared_url.replace("/lisbon/", "/rijeka/")).status_code == 404
    # A forged results token is refused, so no link can be made for scores nobody had.
    forged = results_token(
        lisbon_customisation, TestScores(components={KNOWLEDGE: 100}, overall=100)
    )
    response = Client().post(f"{EMBED}share/", {"results": forged[:-3] + "xyz"}, HTTP_ORIGIN=SITE)
    assert response.status_code == 400


def test_making_share_links_is_rate_limited_per_client(results_url, settings):
    settings.TOOLS_SHARE_RATE_LIMIT = "3/h"
    assert [share(results_url).status_code for _number in range(4)] == [200, 200, 200, 429]


def test_a_share_link_is_made_only_from_an_allowed_site(results_url):
    assert share(results_url, origin="https://evil.example").status_code == 403
    assert Client().get(f"{EMBED}share/").status_code == 405


def test_preview_images_are_drawn_per_score_not_per_link(lisbon_customisation, monkeypatch):
    """Each share link is new (its signature holds its time), and its image was drawn and kept
    a day per link: a client making links filled the cache (a folder of files on a server
    without Redis) with one image each. The image shows the score alone: kept per score."""
    from citizenship_test.results import share_token
    from icc_site import preview_images

    drawn = []
    real_draw = preview_images.draw_preview
    monkeypatch.setattr(
        preview_images, "draw_preview", lambda card: drawn.append(card.figure) or real_draw(card)
    )
    base = "/en/tools/citizenship-test/lisbon/shared/"
    same, other = (TestScores(components={KNOWLEDGE: n}, overall=n) for n in (60, 70))
    tokens = []
    for second, scores in enumerate((same, same, same, other)):
        # Links made at different seconds, as a client making links one after another gets.
        monkeypatch.setattr(
            signing.TimestampSigner, "timestamp", lambda self, s=second: signing.b62_encode(s)
        )
        tokens.append(share_token(lisbon_customisation, scores))
    assert len(set(tokens)) == 4
    for token in tokens:
        response = Client().get(f"{base}{token}/preview.png")
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert drawn == ["60/100", "70/100"]


def test_a_group_session_on_one_network_can_all_share_their_scores(results_url, settings):
    """A group session (a class, a workshop) takes the test on one network, so the site sees
    one client: with the shipped limit of 20 links an hour, the 21st person was refused."""
    from icc_site.settings import base

    settings.TOOLS_SHARE_RATE_LIMIT = base.TOOLS_SHARE_RATE_LIMIT
    statuses = [share(results_url).status_code for _person in range(40)]
    assert statuses == [200] * 40
