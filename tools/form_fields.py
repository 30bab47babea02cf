"""The names of the hidden fields every tool form carries, kept apart from `tools.state` so
that modules below it (the screens' shared cache) can know them without importing it."""

__all__ = ["HONEYPOT_FIELD", "STATE_FIELD"]

#: Name of the hidden form field that carries the signed state.
STATE_FIELD = "tool_state"
#: Name of the hidden field people never see and bots fill in (tools/includes/honeypot.html).
HONEYPOT_FIELD = "homepage"
