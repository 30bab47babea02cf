"""The home page's demo content, in English, French and Arabic."""

import pytest

from home import demo

pytestmark = pytest.mark.django_db


def test_home_demo_fills_the_tools_in_three_languages(client, home_page, locales):
    demo.load(home_page, locales)
    demo.load(home_page, locales)  # idempotent

    home_page.refresh_from_db()
    assert len(home_page.features) == len(demo.FEATURES)
    english = client.get("/en/").content.decode()
    french = client.get("/fr/").content.decode()
    arabic = client.get("/ar/").content.decode()
    assert "Anti-rumours toolkit" in english
    assert "Boîte à outils anti-rumeurs" in french
    assert "أدوات مكافحة الشائعات" in arabic and 'dir="rtl"' in arabic
