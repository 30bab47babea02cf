"""Link preview images (Open Graph, 1200 × 630 PNG) drawn on the server with Pillow.

A card holds a title, an optional line above it (the city, or the section), an optional large
figure (a shared score) and the brand. The text is drawn with the site's own Noto Sans files
(`static/fonts/`, one file per script): each character is drawn with the file of its script,
Arabic is shaped by Pillow's Raqm layout (HarfBuzz and FriBidi), and a right-to-left card is
laid out from the right with its left-to-right words (names, numbers) kept in reading order.
"""

import functools
import hashlib
import io
import json
import unicodedata
from dataclasses import astuple, dataclass
from pathlib import Path

from django.core.cache import cache
from PIL import Image, ImageDraw, ImageFont, features

__all__ = ["HEIGHT", "WIDTH", "PreviewCard", "drawn_preview", "draw_preview", "font_for"]

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FONTS = Path(__file__).resolve().parent / "static" / "fonts"

# The brand's colours (site.css): primary blue, its dark shade, the amber and white.
BLUE = (11, 74, 139)
DARK_BLUE = (6, 50, 96)
AMBER = (245, 158, 11)
WHITE = (255, 255, 255)
PALE = (214, 228, 245)

# Which file draws a character: the same ranges as the site's @font-face rules
# (manage.py subset_fonts). Anything else is drawn with the Latin file.
SCRIPT_RANGES = (
    ("arabic", ((0x0600, 0x06FF), (0x200C, 0x200E))),
    ("greek", ((0x0370, 0x03FF),)),
    ("cyrillic", ((0x0400, 0x045F), (0x0490, 0x0491), (0x04B0, 0x04B1), (0x2116, 0x2116))),
    ("latin-ext", ((0x0100, 0x024F), (0x0259, 0x0259), (0x20A0, 0x20AB), (0x20AD, 0x20CF))),
)
RTL_CLASSES = {"R", "AL", "AN"}
LTR_CLASSES = {"L", "EN"}


@dataclass(frozen=True)
class PreviewCard:
    """What a preview shows. `rtl`: laid out from the right (Arabic pages)."""

    title: str
    kicker: str = ""
    figure: str = ""
    brand: str = "Intercultural Cities"
    rtl: bool = False


def script_of(character):
    code = ord(character)
    for script, ranges in SCRIPT_RANGES:
        if any(low <= code <= high for low, high in ranges):
            return script
    return "latin"


@functools.cache
def font_for(script, weight, size):
    """The site's Noto Sans file of `script` at `size` pixels (`weight` 400 or 700)."""
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    path = FONTS / f"noto-sans-{script}-{weight}.woff2"
    return ImageFont.truetype(str(path), size, layout_engine=layout)


def _directions(text, rtl):
    """The direction ("rtl"/"ltr") of each character, after a small bidi resolution: strong
    characters keep theirs, numbers read left to right, and a neutral one (space,
    punctuation) between two of the same direction takes it, else the paragraph's."""
    base = "rtl" if rtl else "ltr"
    strong = []
    for character in text:
        kind = unicodedata.bidirectional(character)
        strong.append("rtl" if kind in RTL_CLASSES else "ltr" if kind in LTR_CLASSES else None)
    resolved = []
    for index, direction in enumerate(strong):
        if direction is None:
            before = next((d for d in reversed(strong[:index]) if d), base)
            after = next((d for d in strong[index + 1 :] if d), base)
            direction = before if before == after else base
        resolved.append(direction)
    return resolved


def _runs(text, rtl):
    """[(direction, [(script, text), ...]), ...]: segments of one direction in reading
    order, each cut into runs of one font."""
    segments = []
    for character, direction in zip(text, _directions(text, rtl), strict=True):
        script = script_of(character)
        if not segments or segments[-1][0] != direction:
            segments.append((direction, []))
        runs = segments[-1][1]
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + character)
        else:
            runs.append((script, character))
    return segments


def _run_width(script, text, weight, size, direction):
    font = font_for(script, weight, size)
    return font.getlength(text, direction=direction if features.check("raqm") else None)


def line_width(text, weight, size, rtl):
    return sum(
        _run_width(script, run, weight, size, direction)
        for direction, runs in _runs(text, rtl)
        for script, run in runs
    )


def draw_line(draw, text, *, y, weight, size, rtl, fill, start=MARGIN, end=WIDTH - MARGIN):
    """Draw one line on the baseline `y`, from the inline start (right when `rtl`)."""
    raqm = features.check("raqm")
    segments = _runs(text, rtl)
    widths = [
        [_run_width(script, run, weight, size, direction) for script, run in runs]
        for direction, runs in segments
    ]
    total = sum(sum(row) for row in widths)
    # Segments go in the paragraph's order; inside a segment, runs go in its own direction.
    x = end - total if rtl else start
    ordered = list(zip(segments, widths, strict=True))
    if rtl:
        ordered.reverse()
    for (direction, runs), run_widths in ordered:
        pieces = list(zip(runs, run_widths, strict=True))
        if direction == "rtl":
            pieces.reverse()
        for (script, run), width in pieces:
            draw.text(
                (x, y),
                run,
                font=font_for(script, weight, size),
                fill=fill,
                anchor="ls",
                direction=direction if raqm else None,
            )
            x += width
    return total


def wrap(text, *, width, weight, size, rtl, max_lines):
    """`text` cut into lines at spaces, each at most `width` pixels; the last line that fits
    ends with an ellipsis when text is left over."""
    words = text.split()
    lines, current = [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and line_width(candidate, weight, size, rtl) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and line_width(last + " …", weight, size, rtl) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = lines[: max_lines - 1] + [last + " …"]
    return lines


def _draw_mark(draw, x, y, size):
    """The brand mark (static/brand/mark.svg): two white rings and an amber one."""
    scale = size / 64
    draw.rounded_rectangle((x, y, x + size, y + size), radius=14 * scale, fill=BLUE)
    for cx, cy, colour in ((24, 27, WHITE), (40, 27, WHITE), (32, 41, AMBER)):
        radius = 12 * scale
        centre = (x + cx * scale, y + cy * scale)
        draw.ellipse(
            (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
            outline=colour,
            width=max(2, round(5 * scale)),
        )


def draw_preview(card):
    """The PNG bytes of `card`."""
    image = Image.new("RGB", (WIDTH, HEIGHT), DARK_BLUE)
    draw = ImageDraw.Draw(image)
    # A band of the brand's blue with an amber rule, and rings as a quiet pattern.
    draw.rectangle((0, 0, WIDTH, HEIGHT - 120), fill=BLUE)
    draw.rectangle((0, HEIGHT - 126, WIDTH, HEIGHT - 120), fill=AMBER)
    ring_x = 150 if card.rtl else WIDTH - 150
    for radius in (90, 150, 210):
        draw.ellipse(
            (ring_x - radius, 40 - radius, ring_x + radius, 40 + radius),
            outline=(33, 95, 160),
            width=6,
        )
    text_width = WIDTH - 2 * MARGIN
    y = MARGIN + 28
    if card.kicker:
        draw_line(draw, card.kicker, y=y, weight=700, size=32, rtl=card.rtl, fill=AMBER)
        y += 26
    size = 64 if len(card.title) < 60 else 52
    lines = wrap(card.title, width=text_width, weight=700, size=size, rtl=card.rtl, max_lines=3)
    for line in lines:
        y += round(size * 1.3)
        draw_line(draw, line, y=y, weight=700, size=size, rtl=card.rtl, fill=WHITE)
    if card.figure:
        y += 130
        draw_line(draw, card.figure, y=y, weight=700, size=110, rtl=card.rtl, fill=PALE)
    # The brand, on the dark band at the bottom.
    mark = 64
    mark_x = WIDTH - MARGIN - mark if card.rtl else MARGIN
    _draw_mark(draw, mark_x, HEIGHT - 92, mark)
    brand_start, brand_end = (MARGIN, WIDTH - MARGIN - mark - 20)
    if not card.rtl:
        brand_start, brand_end = MARGIN + mark + 20, WIDTH - MARGIN
    draw_line(
        draw,
        card.brand,
        y=HEIGHT - 48,
        weight=700,
        size=34,
        rtl=card.rtl,
        fill=WHITE,
        start=brand_start,
        end=brand_end,
    )
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


#: How long a drawn card is kept (seconds). Its key is its content, so it is never stale.
DRAWN_KEPT = 7 * 24 * 60 * 60
#: Change it when the drawing changes, so that cards drawn the old way are not served.
DRAWING = "1"


def drawn_preview(card):
    """The PNG bytes of `card`, drawn once for its content.

    Drawing costs a few hundred milliseconds; the cards are kept under a digest of their texts,
    not of the page or link they are for, so a cache expired by an editorial change (or a new
    link to the same score) costs a cache read, and only a card whose texts changed is drawn.
    """
    content = json.dumps([DRAWING, *astuple(card)], ensure_ascii=False)
    key = f"preview-image:card:{hashlib.sha256(content.encode()).hexdigest()}"
    image = cache.get(key)
    if image is None:
        image = draw_preview(card)
        cache.set(key, image, DRAWN_KEPT)
    return image
