"""Open data: a project's approved items as GeoJSON (RFC 7946) and CSV, with their licence.

GeoJSON positions are [longitude, latitude] (RFC 7946, section 3.1.1), in WGS 84, rounded to
six decimals (about 10 cm). CSV cells go through the tools'
one export path (`tools.downloads`), safe from formulas.
"""

import io

from django.utils.translation import gettext as _

from heritage_mapping.vocabulary import Category, Licence
from tools.downloads import safe_csv_writer

__all__ = ["CSV_COLUMNS", "export_title", "feature_collection", "items_csv"]

CSV_COLUMNS = [
    "id",
    "title",
    "category",
    "communities",
    "description",
    "why_it_matters",
    "period",
    "latitude",
    "longitude",
    "place_name",
    "contributor",
    "licence",
    "licence_url",
    "url",
]


def _item_row(item, labels, item_url):
    category_labels = dict(Category.choices)
    return {
        "id": item.pk,
        "title": item.title,
        "category": item.category,
        "category_label": str(category_labels.get(item.category, item.category)),
        "communities": [labels.get(c.slug, c.name) for c in item.communities.all()],
        "description": item.description,
        "why_it_matters": item.why_it_matters,
        "period": item.period,
        "place_name": item.place_name,
        "contributor": item.contributor_name or "",
        "licence": item.licence,
        "licence_url": Licence.url(item.licence),
        "url": item_url(item),
    }


def feature_collection(items, labels, item_url, photo_url=None, name=""):
    """A GeoJSON FeatureCollection (dict) of `items` (approved, with communities prefetched).

    `item_url(item)` and `photo_url(photo)` give absolute URLs. An item without a point keeps
    a null geometry, which RFC 7946 allows for unlocated features.
    """
    features = []
    for item in items:
        properties = _item_row(item, labels, item_url)
        properties.pop("id")
        if photo_url is not None:
            properties["photos"] = [
                {"url": photo_url(photo), "description": photo.description}
                for photo in item.photos.all()
            ]
        geometry = None
        if item.is_located:
            geometry = {
                "type": "Point",
                "coordinates": [round(item.longitude, 6), round(item.latitude, 6)],
            }
        features.append(
            {"type": "Feature", "id": item.pk, "geometry": geometry, "properties": properties}
        )
    collection = {"type": "FeatureCollection", "features": features}
    if name:
        # A foreign member (RFC 7946, section 6.1): readers ignore what they do not know.
        collection["name"] = name
    return collection


def items_csv(items, labels, item_url):
    """The CSV text (UTF-8 with a header row) of `items`."""
    buffer = io.StringIO()
    writer = safe_csv_writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for item in items:
        row = _item_row(item, labels, item_url)
        row["communities"] = "; ".join(row["communities"])
        row["latitude"] = round(item.latitude, 6) if item.is_located else ""
        row["longitude"] = round(item.longitude, 6) if item.is_located else ""
        writer.writerow(
            [
                row[column] if column in ("id", "latitude", "longitude") else str(row[column])
                for column in CSV_COLUMNS
            ]
        )
    return buffer.getvalue()


def export_title(project):
    """The name of a project's open data set."""
    return _("Heritage map of %(neighbourhood)s") % {"neighbourhood": project.neighbourhood}
