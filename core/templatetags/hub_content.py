"""Template helpers for page content: cleaned rich text and localised links."""

from django import template

from core.richtext import clean_richtext as _clean_richtext
from core.validators import https_only as _https_only

register = template.Library()


@register.filter
def clean_richtext(value):
    """Rich text as safe HTML: `{{ value|clean_richtext }}` instead of `|richtext`."""
    return _clean_richtext(value)


@register.simple_tag(takes_context=True)
def link_url(context, link):
    """URL of a LinkBlock value in the reader's language: `{% link_url value.link as href %}`."""
    if not link:
        return ""
    return link.get_url(context.get("request"))


@register.filter
def https_only(value):
    """An https:// address, or "" for anything else (javascript:, http:, garbage)."""
    return _https_only(value)
