"""Open-data downloads of a project: GeoJSON (also what the map's script reads) and CSV."""

from django.http import HttpResponse, JsonResponse

from heritage_mapping.listing import MapFilters, community_labels, public_items
from heritage_mapping.opendata import export_title, feature_collection, items_csv
from heritage_mapping.views.common import find_project, project_url

__all__ = ["csv_export", "geojson"]


def _export(request, customisation, mode, project, with_photos=False):
    project = find_project(customisation, project)
    labels = community_labels(project)
    filters = MapFilters.from_request(request, set(labels))
    items = public_items(project, filters, with_photos=with_photos)

    # Links in open data point at the full-page version: it stands on its own outside a frame.
    def item_url(item):
        return request.build_absolute_uri(
            project_url(customisation, "page", project, "item", item_id=item.pk)
        )

    def photo_url(photo):
        return request.build_absolute_uri(
            project_url(customisation, "page", project, "photo", photo_id=photo.pk)
        )

    return project, labels, items, item_url, photo_url


def _open(response, filename):
    # Open data: any site may fetch it, and it may be saved under a helpful name.
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def geojson(request, customisation, mode, project):
    """The approved items as an RFC 7946 FeatureCollection (application/geo+json)."""
    project, labels, items, item_url, photo_url = _export(
        request, customisation, mode, project, with_photos=True
    )
    collection = feature_collection(
        items, labels, item_url, photo_url, name=str(export_title(project))
    )
    response = JsonResponse(
        collection,
        content_type="application/geo+json",
        json_dumps_params={"ensure_ascii": False},
    )
    return _open(response, f"{customisation.get_city_slug()}-{project.slug}.geojson")


def csv_export(request, customisation, mode, project):
    """The approved items as CSV, one row an item, with the licence of each."""
    project, labels, items, item_url, _photo_url = _export(request, customisation, mode, project)
    response = HttpResponse(
        items_csv(items, labels, item_url), content_type="text/csv; charset=utf-8"
    )
    return _open(response, f"{customisation.get_city_slug()}-{project.slug}.csv")
