"""The tools' own fixtures, shared with the load tests (a city with all three tools)."""

from tests.security.conftest import (  # noqa: F401
    bank,
    checklist,
    lisbon_checklist_customisation,
    lisbon_citizenship_customisation,
    lisbon_customisation,
    media_root,
    module_bank,
    mouraria,
)
