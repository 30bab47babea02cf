"""The tool's screens, all under /<lang>/<embed|tools>/heritage-map/<city>/ (see `serve_screen`).

- ``""``: the city's mapping projects
- ``<project>/``: the map and the list of items (GET ``category`` and ``community`` filter)
- ``<project>/items/<id>/``: one item
- ``<project>/contribute/``: the contribution form (cookieless wizard), ``thanks/`` after it
- ``<project>/analysis/`` and ``<project>/action-plan/``
- ``<project>/heritage.geojson`` and ``<project>/heritage.csv``: open data
- ``<project>/photos/<id>.jpg``: an approved item's photo
"""

import re

from django.http import Http404, HttpResponseNotAllowed

from heritage_mapping.views import contribute, maps, opendata, photos

__all__ = ["serve_screen"]

SCREENS = [
    (re.compile(r"^$"), maps.project_index, False),
    (re.compile(r"^(?P<project>[-\w]+)/$"), maps.project_map, False),
    (re.compile(r"^(?P<project>[-\w]+)/items/(?P<item_id>\d+)/$"), maps.item_page, False),
    (re.compile(r"^(?P<project>[-\w]+)/contribute/$"), contribute.contribute, True),
    (re.compile(r"^(?P<project>[-\w]+)/thanks/$"), contribute.thanks, False),
    (re.compile(r"^(?P<project>[-\w]+)/analysis/$"), maps.analysis, False),
    (re.compile(r"^(?P<project>[-\w]+)/action-plan/$"), maps.action_plan, False),
    (re.compile(r"^(?P<project>[-\w]+)/heritage\.geojson$"), opendata.geojson, False),
    (re.compile(r"^(?P<project>[-\w]+)/heritage\.csv$"), opendata.csv_export, False),
    (re.compile(r"^(?P<project>[-\w]+)/photos/(?P<photo_id>\d+)\.jpg$"), photos.photo, False),
]


def serve_screen(customisation, request, mode, subpath):
    """Dispatch a request under the tool's URL to the screen its subpath names."""
    for pattern, view, accepts_post in SCREENS:
        match = pattern.match(subpath)
        if match is None:
            continue
        if request.method == "POST" and not accepts_post:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return view(customisation, request, mode, **match.groupdict())
    raise Http404
