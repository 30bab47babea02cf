"""A malformed post to the admin gets 400 with a message, not 500 (icc_site.admin_posts)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", password="pw"))
    return client


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def test_a_page_post_without_streamfield_counts_is_a_400(chief, home_page):
    response = chief.post(edit_url(home_page), {"title": "Home", "slug": "home"})

    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert not home_page.revisions.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"features-count": "abc"},
        {"features-count": "1", "features-0-type": "nope"},
        {"features-count": "-3", "featured_practices-count": "x"},
    ],
)
def test_mangled_streamfield_fields_are_a_400(chief, home_page, fields):
    response = chief.post(edit_url(home_page), {"title": "Home", "slug": "home", **fields})

    assert response.status_code == 400


def test_a_well_formed_post_still_saves(chief, home_page):
    response = chief.post(
        edit_url(home_page),
        {
            "title": "Intercultural Cities",
            "slug": home_page.slug,
            "features-count": "0",
            "featured_practices-count": "0",
        },
    )

    assert response.status_code in (200, 302)
    assert response.status_code != 400
