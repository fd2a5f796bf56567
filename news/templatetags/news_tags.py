"""Template helpers for news pages."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

register = template.Library()

# Inside <script>, "</script>" or "<!--" in a value would end the element early; JSON
# allows \u escapes for these characters, so the data is unchanged for a JSON parser.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """`<script type="application/ld+json">` with `data`, safe to embed whatever it holds."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    payload = payload.translate(_JSON_SCRIPT_ESCAPES)
    # U+2028/U+2029 are valid in JSON but end a line in old JavaScript parsers.
    payload = payload.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.filter
def text_direction(language_code):
    """ "rtl" or "ltr" for a language code: `dir="{{ code|text_direction }}"`."""
    from django.utils.translation import get_language_info

    try:
        return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"
