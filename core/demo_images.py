"""Demo pictures drawn with Pillow: soft gradients and shapes in the site's colours.

They carry no text and no information, so pages show them as decoration; each still has a
description (Wagtail's default alt text) for places that show images on their own.
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter, ImageOps
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Demo images"

# The site's palette (static/css/hub.css) plus lighter and warmer tints of it.
INK = "#0b2f40"
TEAL = "#0b4f6c"
SEA = "#1f7a8c"
SKY = "#bfdbf7"
AMBER = "#ffbf47"
CORAL = "#e07a5f"
PAPER = "#f4f7f9"

DEMO_IMAGES = {
    "hero": {
        "title": "Overlapping circles in teal and amber",
        "description": "Abstract pattern of overlapping teal and amber circles on a deep blue gradient.",
        "gradient": (INK, SEA),
        "shapes": [TEAL, SKY, AMBER],
        "seed": 2004,
    },
    "report": {
        "title": "Amber signal rings",
        "description": "Abstract pattern of amber rings spreading across a dark teal background.",
        "gradient": (TEAL, INK),
        "shapes": [AMBER, CORAL],
        "seed": 116,
    },
    "sid": {
        "title": "Sky-blue bubbles",
        "description": "Abstract pattern of light blue and amber bubbles on a teal gradient.",
        "gradient": (SEA, TEAL),
        "shapes": [SKY, AMBER, PAPER],
        "seed": 180,
    },
    "teachers": {
        "title": "Coral and sea-green waves",
        "description": "Abstract pattern of coral and sea-green circles on a pale background.",
        "gradient": (PAPER, SKY),
        "shapes": [CORAL, SEA, AMBER],
        "seed": 7,
    },
    "network": {
        "title": "Connected dots",
        "description": "Abstract network of small amber and light blue dots joined by thin lines on dark blue.",
        "gradient": (INK, TEAL),
        "shapes": [AMBER, SKY],
        "seed": 28,
        "network": True,
    },
}


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_picture(spec, size=(1600, 900)):
    """A JPEG of `size`: a diagonal gradient with translucent circles (or a dot network)."""
    width, height = size
    rng = random.Random(spec["seed"])  # noqa: S311 - decoration, not security
    # A diagonal gradient: the mean of a vertical and a horizontal one.
    vertical = PillowImage.linear_gradient("L").resize(size)
    horizontal = PillowImage.linear_gradient("L").rotate(90).resize(size)
    gradient = PillowImage.blend(vertical, horizontal, 0.5)
    start, end = spec["gradient"]
    picture = ImageOps.colorize(gradient, _hex(start), _hex(end)).convert("RGBA")
    layer = PillowImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if spec.get("network"):
        points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(40)]
        for x, y in points:
            nearest = sorted(points, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)[1:3]
            for other in nearest:
                draw.line([(x, y), other], fill=(*_hex(spec["shapes"][1]), 110), width=3)
        for x, y in points:
            radius = rng.randint(8, 22)
            colour = _hex(rng.choice(spec["shapes"]))
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(*colour, 230))
    else:
        for _ in range(14):
            radius = rng.randint(height // 10, height // 2)
            x, y = rng.randint(-radius // 2, width), rng.randint(-radius // 2, height)
            colour = _hex(rng.choice(spec["shapes"]))
            if rng.random() < 0.4:
                draw.ellipse(
                    [x - radius, y - radius, x + radius, y + radius],
                    outline=(*colour, 150),
                    width=rng.randint(6, 18),
                )
            else:
                draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(*colour, 70))
        layer = layer.filter(ImageFilter.GaussianBlur(2))
    picture = PillowImage.alpha_composite(picture, layer).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    buffer.seek(0)
    return buffer


def demo_collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION_NAME)
    return collection, root


def ensure_demo_images(out=None, size=(1600, 900)):
    """The demo images by key, drawn once; a rerun only refreshes their descriptions."""
    Image = get_image_model()
    collection, _root = demo_collection()
    images = {}
    for key, spec in DEMO_IMAGES.items():
        image = Image.objects.filter(collection=collection, title=spec["title"]).first()
        created = image is None
        if created:
            image = Image(
                title=spec["title"],
                description=spec["description"],
                collection=collection,
                file=ImageFile(draw_picture(spec, size), name=f"demo-{key}.jpg"),
            )
            image.save()
        elif image.description != spec["description"]:
            image.description = spec["description"]
            image.save(update_fields=["description"])
        images[key] = image
        if out is not None:
            out.record(created)
    if out is not None:
        out.step(f"demo images: {len(images)} in the “{COLLECTION_NAME}” collection")
    return images
