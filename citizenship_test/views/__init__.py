"""The resident's screens of the test, all served through `CitizenshipTest.serve()`.

Sub-paths under /<lang>/embed/citizenship-test/<city>/ and /<lang>/tools/citizenship-test/<city>/:

- ""                 the wizard (GET starts it, POSTs move through it; see views.wizard)
- "results/<token>/" the results of one completion; the token is the signed scores (no DB id)
- "print/"           every question of the city's test on one page, for paper
- "guide/"           the facilitator's guide for group use
- "join/"            the page where participants of a group session type its code
- "join/<code>/"     a group session's direct link (the QR code's target): starts the wizard
"""

import re

from django.http import Http404, HttpResponseNotAllowed

from citizenship_test.views.events import join_page, join_session
from citizenship_test.views.pages import facilitator_guide, printable_test
from citizenship_test.views.results import results
from citizenship_test.views.wizard import run_wizard

__all__ = ["serve_screen"]

RESULTS_PATH = re.compile(r"^results/(?P<token>[A-Za-z0-9_\-:.]+)/$")
JOIN_PATH = re.compile(r"^join/(?P<code>[A-Za-z0-9\-]{1,20})/$")


def serve_screen(customisation, request, mode, subpath):
    """Route a request for one city's test to the screen its sub-path names."""
    if subpath == "":
        return run_wizard(customisation, request, mode)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if subpath == "print/":
        return printable_test(customisation, request, mode)
    if subpath == "guide/":
        return facilitator_guide(customisation, request, mode)
    if subpath == "join/":
        return join_page(customisation, request, mode)
    match = RESULTS_PATH.match(subpath)
    if match:
        return results(customisation, request, mode, match["token"])
    match = JOIN_PATH.match(subpath)
    if match:
        return join_session(customisation, request, mode, match["code"])
    raise Http404
