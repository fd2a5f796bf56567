"""The "where to get help" block is on every page, so it is rendered once per language and
country and kept in the cache until an organisation, country or the help page changes."""

from uuid import uuid4

from django.core.cache import cache

GENERATION_KEY = "directory:help-block:generation"
BLOCK_TIMEOUT = 60 * 60 * 24


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid4().hex
        # add(): two processes starting at once settle on one generation.
        if not cache.add(GENERATION_KEY, value, timeout=None):
            value = cache.get(GENERATION_KEY) or value
    return value


def forget_help_blocks(**kwargs):
    """Start a new generation: every cached block is ignored from now on (and expires)."""
    cache.set(GENERATION_KEY, uuid4().hex, timeout=None)


def cached_block(language_code, country_code, render):
    """The block for (language, country) from the cache, or `render()` stored for next time."""
    key = f"directory:help-block:{generation()}:{language_code}:{country_code or '-'}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, timeout=BLOCK_TIMEOUT)
    return html
