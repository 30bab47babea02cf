"""Drive the contribution wizard with the test client, as a browser without cookies would."""

from tests.helpers import soup_of
from tools.state import STATE_FIELD

ORIGIN = "http://testserver"


def contribute_url(project, city="lisbon", language="en", mode="embed"):
    return f"/{language}/{mode}/heritage-map/{city}/{project.slug}/contribute/"


def form_state(response):
    """(state token, current step) of the wizard page in `response`."""
    soup = soup_of(response, status=None)
    token = soup.find("input", attrs={"name": STATE_FIELD})["value"]
    step = soup.find("input", attrs={"name": "contribution-current_step"})["value"]
    return token, step


def post_step(client, url, response, fields, origin=ORIGIN, files=None, **extra):
    """Send the step shown in `response` with `fields` (names without the step prefix)."""
    token, step = form_state(response)
    data = {STATE_FIELD: token, "contribution-current_step": step}
    for name, value in fields.items():
        data[name if name.startswith("wizard_") else f"{step}-{name}"] = value
    for name, upload in (files or {}).items():
        data[f"{step}-{name}"] = upload
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post(url, data, **headers, **extra)


WHAT = {
    "title": "Sunday cachupa",
    "description": "A stew of corn and beans <b>shared</b> on Sundays.",
    "category": "food",
}
COMMUNITIES = {"communities": ["cape-verdean"], "why_it_matters": "Cooking it says welcome."}
ABOUT = {"contributor_name": "", "licence": "CC-BY-4.0", "rights": "on"}


def run_to(client, url, stop_before, where=None, photos=None, about=None):
    """Walk the wizard from its first step until the step named `stop_before` is shown."""
    steps = [
        ("what", WHAT, None),
        ("communities", COMMUNITIES, None),
        ("where", where or {"latitude": "38.7157", "longitude": "-9.1366"}, None),
        ("when", {"period": "Every Sunday"}, None),
        ("photos", {}, photos),
        ("about", about or ABOUT, None),
    ]
    response = client.get(url)
    for name, fields, files in steps:
        if name == stop_before:
            return response
        _token, shown = form_state(response)
        assert shown == name, (shown, name, response.content.decode()[:3000])
        response = post_step(client, url, response, fields, files=files)
        assert response.status_code == 200, response.status_code
    return response
