"""Demo images drawn by us: abstract compositions in the brand's colours, for the demo's
cities, practices, news and manuals (nothing is downloaded).

Each is a small palette PNG (a few kilobytes), drawn once: `demo_image()` finds the Wagtail
image by its title on the next run. Its title and its description both say it is a demo image,
so nobody takes it for a photo of the place. The alt text residents read is the page's own
(`image_alt_text`, or an image block's alt text), translated with the page: `demo_alt_text()`
gives it in each of the site's languages for the demo's pages and their translations.
"""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

__all__ = ["ALT_TEXTS", "KINDS", "demo_alt_text", "demo_image", "draw_pattern"]

BLUE, DARK, ORANGE, AMBER, PALE, WHITE = (
    "#0b4a8b",
    "#063260",
    "#c2410c",
    "#f59e0b",
    "#dbe7f4",
    "#ffffff",
)
#: The alt text of a demo image in each language of the site; `{name}` is what it illustrates.
ALT_TEXTS = {
    "en": "Demo image (an abstract pattern, not a photo): {name}",
    "fr": "Image de démonstration (un motif abstrait, pas une photo)\u00a0: {name}",
    "pt": "Imagem de demonstração (um padrão abstrato, não uma fotografia): {name}",
    "es": "Imagen de demostración (un patrón abstracto, no una fotografía): {name}",
    "it": "Immagine dimostrativa (un motivo astratto, non una fotografia): {name}",
    "de": "Beispielbild (ein abstraktes Muster, kein Foto): {name}",
    "uk": "Демонстраційне зображення (абстрактний візерунок, не фотографія): {name}",
    "ar": "صورة توضيحية (نقش تجريدي، وليست صورة فوتوغرافية): {name}",
    "eu": "Adibide-irudia (irudi abstraktua, ez da argazkia): {name}",
    "fi": "Esittelykuva (abstrakti kuvio, ei valokuva): {name}",
    "el": "Εικόνα επίδειξης (αφηρημένο μοτίβο, όχι φωτογραφία): {name}",
    "tr": "Tanıtım görseli (soyut bir desen, fotoğraf değil): {name}",
}

#: (width, height) per kind: landscape for places and stories, a cover for manuals.
KINDS = {
    "city": (640, 400),
    "practice": (640, 400),
    "news": (640, 360),
    "manual": (300, 400),
}


def _skyline(draw, rng, width, height):
    draw.rectangle((0, 0, width, height), fill=BLUE)
    sun = rng.randint(60, 110)
    x = rng.randint(width // 2, width - sun)
    draw.ellipse((x - sun, 40, x + sun, 40 + 2 * sun), fill=AMBER)
    left = 0
    while left < width:
        block = rng.randint(50, 110)
        top = rng.randint(height // 3, height - 80)
        draw.rectangle((left, top, left + block - 6, height), fill=rng.choice((DARK, ORANGE, PALE)))
        left += block
    draw.rectangle((0, height - 24, width, height), fill=DARK)


def _rings(draw, rng, width, height):
    draw.rectangle((0, 0, width, height), fill=PALE)
    for _ring in range(rng.randint(5, 8)):
        radius = rng.randint(50, 120)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            outline=rng.choice((BLUE, DARK, ORANGE, AMBER)),
            width=rng.randint(14, 26),
        )


def _bands(draw, rng, width, height):
    draw.rectangle((0, 0, width, height), fill=DARK)
    step = rng.randint(60, 100)
    for index, start in enumerate(range(-height, width, step)):
        colour = (BLUE, AMBER, ORANGE, PALE)[index % 4]
        draw.polygon(
            [
                (start, height),
                (start + step // 2, height),
                (start + height + step // 2, 0),
                (start + height, 0),
            ],
            fill=colour,
        )


def _cover(draw, rng, width, height):
    draw.rectangle((0, 0, width, height), fill=BLUE)
    cell = 50
    for row in range(height // cell + 1):
        for column in range(width // cell + 1):
            x, y = column * cell, row * cell
            shape = rng.randint(0, 3)
            colour = rng.choice((DARK, ORANGE, AMBER, PALE))
            if shape == 0:
                draw.pieslice((x - cell, y - cell, x + cell, y + cell), 0, 90, fill=colour)
            elif shape == 1:
                draw.ellipse((x + 10, y + 10, x + cell - 10, y + cell - 10), fill=colour)
    draw.rectangle((24, height - 110, width - 24, height - 30), fill=WHITE)


MOTIFS = {"city": _skyline, "practice": _rings, "news": _bands, "manual": _cover}


def draw_pattern(kind, key):
    """PNG bytes of the composition for `kind`, varied by `key` (the same key, the same
    picture)."""
    width, height = KINDS[kind]
    rng = random.Random(hashlib.sha256(f"{kind}:{key}".encode()).digest())
    picture = PillowImage.new("RGB", (width, height))
    MOTIFS[kind](ImageDraw.Draw(picture), rng, width, height)
    output = io.BytesIO()
    picture.quantize(colors=8).save(output, format="PNG", optimize=True)
    return output.getvalue()


def demo_alt_text(name, language="en"):
    """The alt text of the demo image of `name` (already in `language`), in `language`."""
    return ALT_TEXTS.get(language, ALT_TEXTS["en"]).format(name=name)


def demo_image(kind, key, name):
    """The Wagtail image of the demo `kind` ("city", "practice", "news", "manual") for `key`
    (a slug), drawn and saved on first use; `name` is what it illustrates, in English."""
    model = get_image_model()
    title = f"Demo image: {name}"
    found = model.objects.filter(title=title).first()
    if found is not None:
        return found
    image = model(
        title=title,
        description=demo_alt_text(name),
    )
    image.file = ImageFile(io.BytesIO(draw_pattern(kind, key)), name=f"demo-{kind}-{key}.png")
    image.save()
    return image
