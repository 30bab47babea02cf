"""A tool's own non-text choices (the quiz's pass mark, the questions about the resident, whether
the Index results are public...) are kept once per city and tool, in `CityToolSettings`, like
the framework's settings: a change made in one language applies to every language at once."""

import pytest
from django.db import models
from django.urls import reverse
from wagtail.fields import RichTextField, StreamField

from antirumours.factories import strategy_for
from checklists.factories import ChecklistFactory, CouncilChecklistToolFactory
from icc_site.localize import publish_translation
from intercultural_index.factories import InterculturalIndexFactory
from intercultural_index.models import InterculturalIndex
from tests.helpers import soup_of
from tests.tools.test_shared_settings import publish_edit
from tools.registry import get_tool_types

pytestmark = pytest.mark.indexes

TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)


def language_bound(field):
    """Whether a field of a customisation may differ between its language versions: a text."""
    return isinstance(field, TEXT_FIELDS)


def test_a_tool_model_keeps_no_choice_of_its_own_per_language():
    per_language = [
        f"{tool._meta.label}.{field.name}"
        for tool in get_tool_types()
        for field in tool._meta.local_fields
        if not field.remote_field or not field.remote_field.parent_link
        if not language_bound(field)
    ]

    assert per_language == []


@pytest.mark.django_db
def test_a_choice_changed_in_english_is_the_french_versions_choice_too(bilbao, locales):
    english = strategy_for(bilbao, pass_mark=70, show_diagnosis=True)
    french = publish_translation(english, locales["fr"], {})

    english.pass_mark = 50
    english.show_diagnosis = False
    english.save()

    french = type(french).objects.get(pk=french.pk)
    assert (french.pass_mark, french.show_diagnosis) == (50, False)


@pytest.mark.django_db
def test_results_published_from_the_english_edit_form_are_published_in_french_too(
    client, editor, lisbon, locales
):
    english = InterculturalIndexFactory(city=lisbon, publish_results=False)
    french = publish_translation(english, locales["fr"], {})
    client.force_login(editor)

    publish_edit(client, english, publish_results="on")

    assert InterculturalIndex.objects.get(pk=french.pk).publish_results is True
    published = InterculturalIndex.objects.published()
    assert published.filter(pk=french.pk, **InterculturalIndex.publish_results.lookup(True))
    edit_url = reverse(f"{type(english).snippet_viewset.url_namespace}:edit", args=[english.pk])
    form = soup_of(client.get(edit_url), status=None)
    assert form.select_one("input[name=publish_results]").has_attr("checked")


@pytest.mark.django_db
def test_a_checklist_chosen_in_english_is_the_one_every_language_uses(lisbon, locales):
    first, second = ChecklistFactory(), ChecklistFactory()
    english = CouncilChecklistToolFactory(city=lisbon, checklist=first)
    french = publish_translation(english, locales["fr"], {})

    english.checklist = second
    english.save()

    french = type(french).objects.get(pk=french.pk)
    assert french.get_checklist("fr") == second
