"""Cut Debian's Noto Sans into small WOFF2 files, one per script, for the site's @font-face rules.

Each file holds one script (Latin, extended Latin, Greek, Cyrillic, Arabic) in one weight; the
CSS gives each its `unicode-range`, so a browser downloads only the files whose characters the
page uses. Needs the Debian package fonts-noto-core and fontTools with brotli (both already on
the development machine); run it after changing a range and commit what it writes, with the
font's licence: `python manage.py subset_fonts`.
"""

import re
from pathlib import Path

from django.core.management.base import BaseCommand
from fontTools import subset

NOTO = Path("/usr/share/fonts/truetype/noto")
LICENCE = Path("/usr/share/doc/fonts-noto-core/copyright")
FONTS = Path(__file__).resolve().parents[2] / "static" / "fonts"

# The same ranges as site/static/css/fonts.css (keep both in step).
SCRIPTS = {
    "latin": (
        "NotoSans",
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,"
        "U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD",
    ),
    "latin-ext": (
        "NotoSans",
        "U+0100-024F,U+0259,U+2020,U+20A0-20AB,U+20AD-20CF,U+2113",
    ),
    "greek": ("NotoSans", "U+0370-03FF"),
    "cyrillic": ("NotoSans", "U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116"),
    # The presentation forms (U+FB50-FEFC) are left out: the browser shapes the letters of
    # U+0600-06FF through the font's own tables, which keep the glyphs they need.
    "arabic": ("NotoSansArabic", "U+0600-06FF,U+200C-200E"),
}
WEIGHTS = {"Regular": 400, "Bold": 700}


def subset_font(source, unicodes, target):
    """Write the glyphs of `unicodes` (a CSS unicode-range) from `source` to `target` as WOFF2."""
    options = subset.Options()
    options.flavor = "woff2"
    options.name_IDs = ["*"]  # keep the copyright and licence fields
    options.notdef_outline = True
    options.hinting = False  # screens smooth the outlines themselves; hints double the size
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def licence_text():
    """The SIL Open Font License 1.1, as Debian's copyright file quotes it."""
    text = LICENCE.read_text()
    body = text.split("License: OFL-1.1\n", 2)[2].split("\nLicense:", 1)[0]
    lines = [re.sub(r"^ \.?", "", line) for line in body.splitlines()]
    return "Noto Sans and Noto Sans Arabic: Copyright 2012-2020 Google LLC.\n\n" + "\n".join(lines)


class Command(BaseCommand):
    help = "Write Noto Sans, cut by script, as WOFF2 files into icc_site's static/fonts/."

    def handle(self, *args, **options):
        FONTS.mkdir(parents=True, exist_ok=True)
        for script, (family, unicodes) in SCRIPTS.items():
            for style, weight in WEIGHTS.items():
                target = FONTS / f"noto-sans-{script}-{weight}.woff2"
                subset_font(NOTO / f"{family}-{style}.ttf", unicodes, target)
                self.stdout.write(f"{target.name}: {target.stat().st_size} bytes")
        (FONTS / "OFL.txt").write_text(licence_text())
