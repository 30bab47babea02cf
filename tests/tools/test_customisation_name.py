"""One name for a city's customised tool (issue 15, item 5): the screens' context calls it
`customisation`, as the Python code does, and no template of the project still reads a
variable named `tool`, which would now be empty (a page with no city name, no colours, no intro).

A static check, so it also covers branches no test renders. It reads each template tag and
variable the way Django's lexer cuts them, leaves out quoted strings ('tools/tool.css'),
comments and the block names (`{% block tool %}` is the tool's body, not a variable), and fails
on any other `tool` word. A loop over tool types names its variable `tool_type`.
"""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template.base import Lexer, TokenType

ROOT = Path(settings.BASE_DIR).resolve()
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
OLD_NAME = re.compile(r"(?<![\w.])tool(?!\w)")
BLOCK_NAME = re.compile(r"^(end)?block\b")


def project_templates():
    """Every template file of the project's own apps (not of installed packages)."""
    folders = {Path(folder).resolve() for engine in settings.TEMPLATES for folder in engine["DIRS"]}
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(ROOT) and ".venv" not in path.parts:
            folders.add(path / "templates")
    for folder in sorted(folders):
        if folder.is_dir():
            yield from (path for path in sorted(folder.rglob("*")) if path.is_file())


def uses_of_the_old_name(text):
    """The tags and variables of a template's `text` that read a variable named `tool`."""
    found = []
    in_comment = False
    for token in Lexer(text).tokenize():
        content = token.contents.strip()
        if token.token_type == TokenType.BLOCK:
            if content in ("comment", "endcomment") or content.startswith("comment "):
                in_comment = content != "endcomment"
                continue
            if BLOCK_NAME.match(content):
                continue
        elif token.token_type != TokenType.VAR:
            continue
        if not in_comment and OLD_NAME.search(QUOTED.sub("''", content)):
            found.append(f"line {token.lineno}: {content}")
    return found


def test_the_check_finds_the_old_name_and_leaves_its_legitimate_neighbours():
    assert uses_of_the_old_name("{{ tool.city.title }}") == ["line 1: tool.city.title"]
    assert uses_of_the_old_name("{% if tool %}x{% endif %}") == ["line 1: if tool"]
    assert uses_of_the_old_name("{% blocktranslate with city=tool.city %}{% endblocktranslate %}")
    assert uses_of_the_old_name("{% for tool, offer in city_tools %}{% endfor %}")
    assert not uses_of_the_old_name(
        "{% block tool %}{% endblock tool %}{% block tool_title %}{% endblock %}"
        "{% static 'tools/tool.css' %}{{ customisation.get_tool_name }}{{ row.tool_name }}"
        '{# {{ tool }} #}{% comment %}{{ tool }}{% endcomment %}<p class="tool">a tool</p>'
    )


def test_no_template_reads_the_customisation_under_its_old_name():
    templates = list(project_templates())
    assert any(path.name == "embed_base.html" for path in templates)
    found = {
        str(path.relative_to(ROOT)): uses
        for path in templates
        if (uses := uses_of_the_old_name(path.read_text(errors="replace")))
    }
    assert found == {}


def test_the_screens_context_names_the_customisation_and_nothing_else_tool(
    lisbon_customisation, rf
):
    context = lisbon_customisation.get_tool_context(rf.get("/"), "embed")
    assert context["customisation"] is lisbon_customisation
    assert "tool" not in context


def test_every_model_that_points_to_a_citys_tool_names_the_field_customisation():
    """A completion, a group session, a chosen question, a tally: each row of a city's tool
    reaches it through a field named `customisation` (not `test`, `tool` or `strategy`)."""
    from tools.models import CityTool

    pointers = {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and isinstance(field.related_model, type)
        and issubclass(field.related_model, CityTool)
    }
    assert "checklists.SelfCheckTally.customisation" in pointers
    assert {pointer for pointer in pointers if not pointer.endswith(".customisation")} == set()
