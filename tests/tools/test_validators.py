"""Brand colours and embedding origins are validated and normalised."""

import pytest
from django.core.exceptions import ValidationError

from tools.fields import OriginListFormField
from tools.validators import hex_colour_validator, normalise_origin


@pytest.mark.parametrize("value", ["#1d4f91", "#ABCDEF"])
def test_hex_colours_are_accepted(value):
    hex_colour_validator(value)


@pytest.mark.parametrize("value", ["1d4f91", "#fff", "#12345g", "red", "#1d4f91;x"])
def test_other_colours_are_refused(value):
    with pytest.raises(ValidationError):
        hex_colour_validator(value)


@pytest.mark.parametrize(
    "value, origin",
    [
        ("https://www.Lisboa.pt", "https://www.lisboa.pt"),
        ("https://www.lisboa.pt/", "https://www.lisboa.pt"),
        ("https://www.lisboa.pt:443", "https://www.lisboa.pt"),
        ("http://localhost:8001", "http://localhost:8001"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
    ],
)
def test_origins_are_normalised(value, origin):
    assert normalise_origin(value) == origin


@pytest.mark.parametrize(
    "value",
    [
        "www.lisboa.pt",
        "ftp://lisboa.pt",
        "https://lisboa.pt/page",
        "https://*.lisboa.pt",
        "https://user@lisboa.pt",
        "https://lisboa.pt?x=1",
        "javascript:alert(1)",
        "https://lisboa.pt:99999",
        "https://lis boa.pt",
    ],
)
def test_anything_but_an_origin_is_refused(value):
    with pytest.raises(ValidationError):
        normalise_origin(value)


def test_origin_list_form_field_takes_one_origin_a_line():
    field = OriginListFormField(required=False)
    assert field.clean("https://a.example\n\nhttps://A.example/\nhttp://b.example:8080") == [
        "https://a.example",
        "http://b.example:8080",
    ]
    with pytest.raises(ValidationError):
        field.clean("https://a.example\nnot an origin")
