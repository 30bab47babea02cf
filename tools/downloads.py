"""File downloads of the tools' screens: CSV with a header row, UTF-8, as an attachment."""

import csv

from django.http import HttpResponse

__all__ = ["csv_attachment", "csv_download"]


def csv_attachment(filename):
    """An empty UTF-8 CSV response that browsers save as `filename`; write rows into it."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_download(filename, header, rows):
    """`rows` under `header`, as a CSV file named `filename`."""
    response = csv_attachment(filename)
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response
