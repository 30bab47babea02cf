"""Draw the site's mark (three overlapping rings on a blue tile) as SVG and as PNG icons.

The one drawing is described once (`RINGS`, `TILE`) and written twice: as `brand/mark.svg`
(the logo and the favicon modern browsers use) and, through Pillow, as the bitmaps older
browsers and phones ask for. Run it after changing the drawing and commit what it writes:
`python manage.py draw_icons`.
"""

from pathlib import Path

from django.core.management.base import BaseCommand
from PIL import Image, ImageDraw

BRAND = Path(__file__).resolve().parents[2] / "static" / "brand"
VIEWBOX = 64
TILE = {"colour": "#0b4a8b", "radius": 14}
# (centre x, centre y, radius, colour): three cities, each its own ring, overlapping.
RINGS = [
    (24, 27, 12, "#ffffff"),
    (40, 27, 12, "#ffffff"),
    (32, 41, 12, "#f59e0b"),
]
STROKE = 5
# file name: (size in pixels, whether the tile fills the square; a phone rounds it itself)
BITMAPS = {
    "favicon-32.png": (32, False),
    "apple-touch-icon.png": (180, True),
    "icon-192.png": (192, False),
    "icon-512.png": (512, False),
    "icon-maskable-512.png": (512, True),
}


def mark_svg():
    """The mark as a small SVG document."""
    rings = "".join(
        f'<circle cx="{x}" cy="{y}" r="{r}" fill="none" stroke="{colour}" stroke-width="{STROKE}"/>'
        for x, y, r, colour in RINGS
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEWBOX} {VIEWBOX}">'
        f'<rect width="{VIEWBOX}" height="{VIEWBOX}" '
        f'rx="{TILE["radius"]}" fill="{TILE["colour"]}"/>'
        f"{rings}</svg>\n"
    )


def mark_bitmap(size, full_bleed=False):
    """The mark drawn by Pillow at `size` pixels, smoothed by drawing it four times larger."""
    scale = size * 4 / VIEWBOX
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = 0 if full_bleed else TILE["radius"] * scale
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=radius, fill=TILE["colour"])
    # The rings in the stacking order of the SVG; Pillow's outline grows inwards, so the
    # box is widened by half a stroke to put the line where the SVG puts it.
    half = STROKE / 2
    for x, y, r, colour in RINGS:
        box = [(x - r - half) * scale, (y - r - half) * scale]
        box += [(x + r + half) * scale, (y + r + half) * scale]
        draw.ellipse(box, outline=colour, width=round(STROKE * scale))
    # A palette of a few colours keeps the files small; the edges stay smooth enough.
    return image.resize((size, size), Image.LANCZOS).quantize(64, method=Image.Quantize.FASTOCTREE)


class Command(BaseCommand):
    help = "Write the site's mark as SVG and PNG/ICO icons into icc_site's static/brand/."

    def handle(self, *args, **options):
        BRAND.mkdir(parents=True, exist_ok=True)
        (BRAND / "mark.svg").write_text(mark_svg())
        for name, (size, full_bleed) in BITMAPS.items():
            mark_bitmap(size, full_bleed).save(BRAND / name, optimize=True)
        ico_sizes = [(16, 16), (32, 32), (48, 48)]
        mark_bitmap(64).convert("RGBA").save(BRAND / "favicon.ico", sizes=ico_sizes)
        self.stdout.write(f"Icons written to {BRAND}")
