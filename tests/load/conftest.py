"""The tools' own fixtures, shared with the load tests (a city with all three tools)."""

from tests.checklists.conftest import checklist, make_tool  # noqa: F401
from tests.citizenship_test.conftest import bank, make_test  # noqa: F401
from tests.heritage_mapping.conftest import lisbon_map, media_root, mouraria  # noqa: F401
