"""Hostile input for the fuzz tests: hypothesis strategies and a form reader."""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.helpers import soup_of

#: Few examples, no deadline: the suite stays fast and a slow first request is not a failure.
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
#: The public forms: 1,000 hostile inputs each, the same ones on every run (derandomize: the
#: examples come from a fixed seed, so a failure found once is found again), posted straight
#: through the test client on one database set up once per test.
FORM_FUZZ = settings(FUZZ, max_examples=1000, derandomize=True)

HOSTILE_STRINGS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE tools_usedformnonce; --",
    "' OR '1'='1",
    "\x00",
    "a\x00b",
    "\u202egnp.exe",  # right-to-left override
    "\ufeff",
    "e\u0301" * 50,  # combining marks
    "👩🏽‍🚀" * 20,
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\r\n\r\nSet-Cookie: a=b",
    "../../../../etc/passwd",
    "%00%2e%2e%2f",
    "{{ 7*7 }}{% debug %}",
    "-1",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "",
    " ",
    "A" * 100_000,
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_STRINGS),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
)
#: One value or several (a field sent twice), or missing (None).
hostile_value = st.one_of(hostile_text, st.lists(hostile_text, min_size=2, max_size=3), st.none())


def form_fields(response):
    """{name: value} of the inputs of the page's first POST form (no submit buttons)."""
    form = soup_of(response, status=None).find("form", method="post")
    fields = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.name == "select":
            option = field.find("option", selected=True) or field.find("option")
            fields[name] = option.get("value", "") if option else ""
        elif field.get("type") in ("checkbox", "radio"):
            if name not in fields:
                fields[name] = field.get("value", "on")
        else:
            fields[name] = field.get("value", field.text or "")
    return fields


def mutate(fields, changes, keep=("tool_state",)):
    """`fields` with hostile `changes` applied: a None removes the field."""
    data = dict(fields)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data
