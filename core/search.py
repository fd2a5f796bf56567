"""Turning what a reader typed into a bounded, safe full-text query."""

import re

from django.conf import settings

# Operators and punctuation mean nothing to readers and can make a backend's query
# parser fail; keep letters and digits of every script, apostrophes and inner hyphens.
NON_WORD = re.compile(r"[^\w'’-]+", re.UNICODE)


def clean_query(raw):
    """Return the words we search for: at most SEARCH_QUERY_MAX_TERMS of them, from at
    most SEARCH_QUERY_MAX_LENGTH characters of input."""
    if not raw:
        return ""
    text = str(raw)[: settings.SEARCH_QUERY_MAX_LENGTH]
    words = [w.strip("'’-_") for w in NON_WORD.split(text)]
    words = [w for w in words if w]
    return " ".join(words[: settings.SEARCH_QUERY_MAX_TERMS])
