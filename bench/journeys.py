"""Residents' journeys through the public tools, over HTTP, for the load test and the benchmark.

A journey opens a tool's embed page and answers each step of its form the way a person would
(every question, an option chosen at random, plausible text), until the form is gone: the
results, or the thanks page. It works with any `requests.Session`-like client, including
locust's `HttpSession`. No cookie is needed: the state travels in the form (tools.state).
"""

import random
import re
import time
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

__all__ = ["JOURNEYS", "Journey", "stored_submissions", "walk"]

TEXT = "A street festival where neighbours from many countries cook together every summer."
#: Buttons that go back or elsewhere rather than forward.
NOT_FORWARD = re.compile(r"back|goto|previous", re.IGNORECASE)


@dataclass
class Journey:
    """The outcome of one walk: whether the tool accepted it, and every status seen."""

    name: str
    accepted: bool = False
    statuses: list = field(default_factory=list)
    steps: int = 0


def _value_for(field_tag, name):
    if name.endswith(("latitude", "longitude")):
        return ""  # a place name instead, as residents without a map do
    kind = field_tag.get("type", "text")
    if kind == "number":
        return "3"
    if field_tag.name == "textarea" or kind in ("text", "search", "") or kind is None:
        return TEXT[: int(field_tag.get("maxlength") or 200)]
    return field_tag.get("value", "")


def fill(form):
    """The data a careful resident sends for `form`, and the forward button's name/value."""
    data = {}
    radios, checkboxes = {}, {}
    for tag in form.find_all(["input", "textarea", "select"]):
        name = tag.get("name")
        if not name or name == "homepage":  # the honeypot stays empty
            continue
        kind = tag.get("type", "text")
        if tag.name == "select":
            options = [o.get("value", "") for o in tag.find_all("option") if o.get("value")]
            data[name] = random.choice(options) if options else ""
        elif kind == "radio":
            radios.setdefault(name, []).append(tag.get("value", "on"))
        elif kind == "checkbox":
            checkboxes.setdefault(name, []).append(tag.get("value", "on"))
        elif kind in ("hidden",):
            data[name] = tag.get("value", "")
        elif kind in ("submit", "button", "file", "reset", "image"):
            continue
        else:
            data[name] = _value_for(tag, name)
    for name, values in radios.items():
        data[name] = random.choice(values)
    for name, values in checkboxes.items():
        if "remove" not in name:
            data[name] = values[:1]
    button = None
    for tag in form.find_all("button"):
        if tag.get("type", "submit") == "submit" and not NOT_FORWARD.search(
            f"{tag.get('name', '')} {tag.get('value', '')}"
        ):
            button = tag
    if button is not None and button.get("name"):
        data[button["name"]] = button.get("value", "1")
    return data


def walk(
    client, base_url, path, origin=None, max_steps=15, name=None, think=0.0, **request_options
):
    """Walk the form at `path` to its end, `think` seconds on each step (a person reads).
    Returns a `Journey`."""
    journey = Journey(name or path)
    origin = origin or base_url
    url = base_url + path
    response = client.get(url, **request_options)
    journey.statuses.append(response.status_code)
    for _step in range(max_steps):
        if not 200 <= response.status_code < 400:
            return journey  # refused, or no answer at all (locust reports status 0)
        soup = BeautifulSoup(response.text, "html.parser")
        form = next(
            (
                f
                for f in soup.find_all("form", method="post")
                if f.find(attrs={"name": "tool_state"}) and not f.get("action", "").endswith(".pdf")
            ),
            None,
        )
        if form is None:
            journey.accepted = True
            return journey
        action = form.get("action") or url
        if action.startswith("/"):
            action = base_url + action
        if think:
            time.sleep(think)
        headers = {**request_options.pop("headers", {}), "Origin": origin}
        response = client.post(action, data=fill(form), headers=headers, **request_options)
        request_options["headers"] = {k: v for k, v in headers.items() if k != "Origin"}
        journey.steps += 1
        journey.statuses.append(response.status_code)
        url = getattr(response, "url", url) or url
    return journey


#: The journeys of the load test: (name, path) on the demo content.
JOURNEYS = [
    ("citizenship-test", "/en/embed/citizenship-test/lisbon/"),
    ("council-checklist", "/en/embed/council-checklist/lisbon/"),
    ("heritage-contribution", "/en/embed/heritage-map/lisbon/mouraria/contribute/"),
]


def stored_submissions():
    """{journey name: rows stored so far}, read with the ORM (Django must be set up)."""
    from django.db.models import Sum

    from checklists.models import SelfCheckTally
    from citizenship_test.models import Completion
    from heritage_mapping.models import HeritageItem

    tallies = SelfCheckTally.objects.aggregate(total=Sum("completions"))["total"] or 0
    return {
        "citizenship-test": Completion.objects.count(),
        "council-checklist": tallies,
        "heritage-contribution": HeritageItem.objects.count(),
    }
