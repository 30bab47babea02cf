"""File downloads of the site: CSV (UTF-8, a header row, as an attachment) and the cells of
every spreadsheet export, the admin's XLSX and CSV listings included.

Every cell goes through `safe_cell()`, once: a text that a spreadsheet would read as a formula
(`=HYPERLINK(...)`, `+`, `-`, `@`, or a leading tab or carriage return) gets a leading
apostrophe, so it shows as the text it is; and the control characters that XLSX cannot hold
(one of them made the export answer 500) are dropped. Wagtail's `SpreadsheetExportMixin`, which
every admin listing and report with an export uses, is routed through it too
(`neutralise_spreadsheet_exports`, called when the tools framework starts).
"""

import csv
import re
from io import BytesIO

from django.http import HttpResponse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

__all__ = [
    "FORMULA_PREFIXES",
    "csv_attachment",
    "csv_download",
    "neutralise_spreadsheet_exports",
    "safe_cell",
    "safe_csv_writer",
    "strip_control_characters",
    "xlsx_download",
]

#: First characters that make a spreadsheet evaluate a cell (OWASP's list for CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Control characters but tab, newline and carriage return: no text means them, and XLSX
#: cannot store them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control_characters(text):
    """`text` without control characters, except tab, newline and carriage return."""
    return _CONTROL.sub("", text)


def safe_cell(value):
    """A cell value that a spreadsheet shows as text and never runs: text that starts like a
    formula gets a leading apostrophe, control characters go. Numbers, dates and None pass."""
    if not isinstance(value, str):
        return value
    text = strip_control_characters(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class _SafeWriter:
    """`csv.writer` whose every cell goes through `safe_cell()`."""

    def __init__(self, out):
        self._writer = csv.writer(out)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def safe_csv_writer(out):
    """A CSV writer on the file-like `out` whose cells are safe from formulas."""
    return _SafeWriter(out)


def csv_attachment(filename):
    """An empty UTF-8 CSV response that browsers save as `filename`; write rows into it with
    `safe_csv_writer()`."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_download(filename, header, rows):
    """`rows` under `header`, as a CSV file named `filename`, every cell safe."""
    response = csv_attachment(filename)
    writer = safe_csv_writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_download(filename, header, rows, sheet_title="Sheet1"):
    """`rows` under `header`, as an XLSX workbook named `filename`, every cell safe."""
    # Imported here: openpyxl is slow to import and only XLSX downloads need it.
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    sheet.append([safe_cell(str(value)) for value in header])
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    out = BytesIO()
    workbook.save(out)
    response = HttpResponse(out.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def neutralise_spreadsheet_exports():
    """Send every cell of Wagtail's spreadsheet exports (listings' CSV and XLSX, the reports)
    through `safe_cell()`. Idempotent."""
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(original(self, field, value, export_format))

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
