"""Dates and times as readers of each language write them (Babel, CLDR data)."""

from babel.dates import format_date

from directory.countries import babel_locale


def reader_date(value, language_code=None, format="long"):
    """`value` (a date) in the reader's language, e.g. "10 février 2026" in /fr/."""
    if value is None:
        return ""
    return format_date(value, format=format, locale=babel_locale(language_code))
