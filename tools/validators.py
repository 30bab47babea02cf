"""Validation of the brand colours and of the origins allowed to embed a tool."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

hex_colour_validator = RegexValidator(
    regex=r"^#[0-9a-fA-F]{6}$",
    message=_("Enter a colour as # followed by six hexadecimal digits, for example #1d4f91."),
)

_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
    r"|^\[[0-9a-f:.]+\]$"
)


def normalise_origin(value):
    """Return `value` as a web origin `scheme://host[:port]` in lower case, or raise.

    Paths, queries, credentials and wildcards are refused: CSP `frame-ancestors` and the
    `Origin` header both compare exact origins, so anything more would be misleading.
    """
    text = (value or "").strip()
    parts = urlsplit(text)
    error = ValidationError(
        _("“%(value)s” is not an origin such as https://www.example.org or http://localhost:8001."),
        code="invalid_origin",
        params={"value": text},
    )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise error
    if parts.username or parts.password or parts.query or parts.fragment:
        raise error
    if parts.path not in ("", "/"):
        raise error
    host = parts.hostname.lower()
    if not _HOST.match(host if not host.count(":") else f"[{host}]"):
        raise error
    try:
        port = parts.port
    except ValueError:
        raise error from None
    shown_host = f"[{host}]" if ":" in host else host
    origin = f"{parts.scheme}://{shown_host}"
    default_port = {"http": 80, "https": 443}[parts.scheme]
    if port and port != default_port:
        origin += f":{port}"
    return origin


def validate_origin_list(value):
    """Validate a list of origins (the JSON value of `CityTool.allowed_origins`)."""
    if not isinstance(value, list):
        raise ValidationError(_("Enter a list of origins."), code="invalid")
    for item in value:
        if not isinstance(item, str):
            raise ValidationError(_("Enter a list of origins."), code="invalid")
        normalise_origin(item)
