"""The home page's demo content, in every content language."""

import pytest
from django.conf import settings

from home import demo
from tests.languages import visible_text_of_html

pytestmark = pytest.mark.django_db


def test_home_demo_speaks_every_language(client, home_page, locales):
    demo.load(home_page, locales)
    demo.load(home_page, locales)  # idempotent

    home_page.refresh_from_db()
    assert len(home_page.features) == len(demo.FEATURES)
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200, f"/{code}/ has no home page"
        text = visible_text_of_html(response.content.decode())
        if code == settings.LANGUAGE_CODE:
            assert "Anti-rumours toolkit" in text
            continue
        # Each feature's title as that language's catalogue gives it, not the English one.
        strings = demo.translated_texts(code)
        assert strings["Anti-rumours toolkit"] in text, code
        assert "Anti-rumours toolkit" not in text, code
    assert 'dir="rtl"' in client.get("/ar/").content.decode()
