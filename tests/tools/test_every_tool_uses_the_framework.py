"""What every installed tool takes from the framework, checked on the real tools rather than on a
test tool: its screens are called the same way, and the admin of every model holding a city's
data is the framework's city-scoped base (viewset, chooser and permission policy)."""

import inspect

import pytest
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils.module_loading import import_string
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from icc_site.page_cache import current_generation
from tools.registry import get_tool_types, models_shown_on_cached_screens
from tools.scoping import CityScopedPermissionPolicy, city_data_models
from tools.viewsets import (
    CityScopedChooserViewSet,
    CityScopedSnippetViewSet,
    CityScreensViewSet,
    tools_group,
)


def test_every_screen_view_takes_the_request_the_customisation_and_the_mode_first():
    found = {}
    for tool in get_tool_types():
        for screen in tool.screens:
            # A decorated view is checked as the framework calls it, not as it was written.
            view = import_string(screen.view)
            parameters = list(inspect.signature(view, follow_wrapped=False).parameters)
            found[f"{tool.tool_slug}:{screen.name}"] = parameters[:3]

    assert len(found) > 40
    assert {
        name: first
        for name, first in found.items()
        if first != ["request", "customisation", "mode"]
    } == {}


def test_every_model_of_a_citys_data_has_the_city_scoped_admin():
    assert get_resolver().url_patterns  # the admin's hooks register the viewsets
    snippets = set(get_snippet_models())
    scoped = city_data_models()
    not_scoped = []
    for model in scoped:
        if not isinstance(policy_registry.get_by_type(model), CityScopedPermissionPolicy):
            not_scoped.append(f"{model._meta.label}: permission policy")
        if model not in snippets:
            continue
        viewset = model.snippet_viewset
        if not isinstance(viewset, CityScopedSnippetViewSet):
            not_scoped.append(f"{model._meta.label}: viewset")
        if not issubclass(viewset.chooser_viewset_class, CityScopedChooserViewSet):
            not_scoped.append(f"{model._meta.label}: chooser")

    assert len(scoped) > 20 and scoped.keys() & snippets
    assert not_scoped == []


def test_every_tools_own_screens_are_in_the_tools_menu_and_have_their_admin_urls():
    assert get_resolver().url_patterns  # the admin's hooks register the viewsets
    screens = [v for v in tools_group.registerables if isinstance(v, CityScreensViewSet)]
    unreachable = []
    for viewset in screens:
        try:
            reverse(f"{viewset.url_namespace}:index")
        except NoReverseMatch:
            unreachable.append(viewset.name)

    # The proposals, and the citizenship test's, anti-rumours', checklists' and Index's screens.
    assert len(screens) >= 6
    assert unreachable == []


@pytest.mark.django_db
def test_a_change_to_what_a_tools_cached_screens_show_expires_them():
    declared = {model._meta.label for model in models_shown_on_cached_screens()}
    kept = []
    for model in models_shown_on_cached_screens():
        for signal in (post_save, post_delete):
            before = current_generation()
            signal.send(sender=model, instance=model(), created=False)
            if current_generation() == before:
                kept.append(f"{model._meta.label} {signal is post_save}")

    assert declared >= {
        "antirumours.Evaluation",
        "checklists.Assessment",
        "citizenship_test.ChosenQuestion",
        "intercultural_index.IndexRound",
    }
    assert kept == []
