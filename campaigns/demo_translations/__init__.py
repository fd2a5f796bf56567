"""Real translations of the demo campaigns, one module per language.

Each module has LIBRARY (title, introduction), STRINGS (shared strings keyed by their
English text: usage conditions, resource titles, lesson details), CTAS (slug: title, text,
button) and CAMPAIGNS (slug: title, summary, body paragraphs)."""

from . import ar, de, el, fi, fr, pl

LANGUAGES = {"fi": fi, "fr": fr, "de": de, "pl": pl, "el": el, "ar": ar}
