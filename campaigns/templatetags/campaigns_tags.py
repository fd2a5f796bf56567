from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def term_tags(terms, name, library_url):
    """(label, url) pairs for the tag list: each term links to the library filtered by it."""
    if not library_url:
        return [(term.name, None) for term in terms]
    return [(term.name, f"{library_url}?{urlencode({name: term.slug})}") for term in terms]


@register.simple_tag
def country_tags(countries, library_url):
    """(label, url) pairs for (code, name) countries, linking to the library filtered by each."""
    if not library_url:
        return [(name, None) for _code, name in countries]
    return [
        (name, f"{library_url}?{urlencode({'country': code.lower()})}") for code, name in countries
    ]
