"""Template helpers for the help directory.

`{% help_block %}`: the "where to get help and report" routes for the page's country (the
locale's default country, or `help_country_code` from the context), cached.
`{{ phone|tel_href }}`, `{% opening_hours spec time_zone %}`, `{% organisations_json_ld help %}`.
"""

import json

from django import template
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from config.settings.languages import DEFAULT_COUNTRY_FOR_LANGUAGE

from .. import hours as hours_module
from ..countries import babel_locale
from ..jsonld import organisations_graph

register = template.Library()


@register.simple_tag(takes_context=True)
def help_block(context):
    from ..views import help_block_html

    language = get_language() or settings.LANGUAGE_CODE
    code = context.get("help_country_code")
    if code is None:
        code = DEFAULT_COUNTRY_FOR_LANGUAGE.get(language, "")
    html = help_block_html(language, code)
    if not html and code:
        # A default country nobody has added to the directory: the international routes.
        html = help_block_html(language, "")
    return mark_safe(html)  # noqa: S308 (rendered from our own template, auto-escaped)


@register.filter
def tel_href(number):
    """tel: link target from a dial string ("+448001111", "116111") or an emergency number."""
    dial = getattr(number, "dial", number) or ""
    return "tel:" + "".join(c for c in str(dial) if c.isdigit() or c == "+")


@register.simple_tag
def opening_hours_lines(spec):
    """The hours in the reader's language, one line per rule ([] if unknown)."""
    try:
        return hours_module.describe(spec, babel_locale())
    except ValidationError:  # hours saved before validation existed: show none, never fail
        return []


@register.simple_tag
def opening_hours(spec, time_zone):
    """The hours, marked up for help-country.js to add "open now" / "closed now"."""
    lines = opening_hours_lines(spec)
    if not lines:
        return ""
    return mark_safe(  # noqa: S308 (template auto-escapes every value)
        render_to_string(
            "directory/includes/opening_hours.html",
            {"lines": lines, "spec": spec, "time_zone": time_zone, "always": spec == "24/7"},
        )
    )


@register.simple_tag
def language_names(codes):
    """Language names in the reader's language, e.g. ["suomi", "ruotsi"] for fi, sv in fi."""
    languages = babel_locale().languages
    return [languages.get(code.replace("-", "_"), code) for code in codes]


def json_for_script(data):
    """JSON safe inside a <script> element: <, > and & escaped so "</script>" cannot end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@register.simple_tag
def organisations_json_ld(help):
    """schema.org Organization data for a country's page (a data block: no code runs, so the
    strict Content-Security-Policy allows it)."""
    graph = organisations_graph(help)
    if not graph["@graph"]:
        return ""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json_for_script(graph)),  # noqa: S308
    )
