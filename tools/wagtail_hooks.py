"""Wires the tools into the Wagtail admin: the "Tools" menu with a viewset per tool type."""

from wagtail.snippets.models import register_snippet

from tools.viewsets import register_tool_admin, tools_group

register_snippet(tools_group)
register_tool_admin()
