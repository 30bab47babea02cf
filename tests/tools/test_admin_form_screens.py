"""The tools' one-form admin screens (`tools.views.admin.AdminFormScreen`): each shows a city's
coordinator its fields and its own button."""

import pytest

from tests.helpers import soup_of

SCREENS = [
    ("/admin/checklists/assessments/new/", "Start the assessment", {"city", "checklist"}),
    ("/admin/intercultural-index/rounds/new/", "Open the round", {"city", "edition"}),
    ("/admin/city-proposals/new/", "Send to the editors", {"kind", "city", "title"}),
]


@pytest.mark.parametrize(("url", "button", "fields"), SCREENS)
def test_a_coordinator_sees_the_form_with_its_own_button(
    lisbon_coordinator_client, url, button, fields
):
    form = soup_of(lisbon_coordinator_client.get(url)).select_one("form[novalidate]")

    assert form.select_one("button[type=submit]").get_text(strip=True) == button
    assert fields <= {field.get("name") for field in form.select("input, select, textarea")}
