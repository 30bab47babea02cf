"""The admin preview of a tool shows its first screen, with the draft's settings."""

import pytest

from tools.registry import get_tool_types

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", get_tool_types(), ids=lambda model: model.tool_slug)
def test_every_tool_previews_a_page_even_before_it_has_content(
    rf, admin_user, lisbon, locales, model
):
    customisation = model(city=lisbon, locale=locales["en"], languages=["en"], enabled=True)
    customisation.save()
    request = rf.get("/")
    request.user = admin_user

    response = customisation.serve_preview(request, "embed")
    response.render()

    assert response.status_code == 200
    assert "Lisbon" in response.content.decode()
