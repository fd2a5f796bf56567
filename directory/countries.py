"""Country codes and names. Names are never stored: Babel gives them in the reader's language."""

import unicodedata
from functools import lru_cache

from babel import Locale as BabelLocale
from babel.core import UnknownLocaleError
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# Codes Babel (CLDR) names that are not ISO 3166-1 countries: groupings, pseudo-locales and
# the exceptionally reserved codes of ITU/UPU.
NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA"}
)

# Codes people type that are not the ISO code of the country they mean.
COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


def babel_locale(language_code=None):
    """A Babel locale for a Django language code (default: the active language), English if
    Babel does not know it."""
    return _babel_locale(language_code or get_language() or settings.LANGUAGE_CODE)


@lru_cache(maxsize=64)
def _babel_locale(language_code):
    try:
        return BabelLocale.parse(language_code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return BabelLocale.parse(settings.LANGUAGE_CODE)


@lru_cache(maxsize=1)
def iso_country_codes():
    territories = BabelLocale.parse("en").territories
    return frozenset(
        code
        for code in territories
        if len(code) == 2 and code.isascii() and code.isalpha() and code not in NOT_COUNTRIES
    )


def is_country_code(code):
    return isinstance(code, str) and code.upper() == code and code in iso_country_codes()


def validate_country_code(value):
    if not is_country_code(value):
        raise ValidationError(
            _(
                "“%(code)s” is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. FI)."
            ),
            params={"code": value},
            code="invalid_country",
        )


def country_name(code, language_code=None):
    """The country's name in `language_code` (default: the active language), from Babel."""
    if not code:
        return ""
    return babel_locale(language_code).territories.get(code, code)


# Letters that some alphabets sort after z (and in this order). Without ICU we tailor
# the few alphabets where plain accent folding would put them in the wrong place.
_AFTER_Z = {
    "fi": "åäöü",
    "sv": "åäö",
    "da": "æøå",
    "nb": "æøå",
    "is": "þæö",
}


def collation_key(text, language_code=None):
    """A sort key close to the locale's collation: case and accents ignored, except letters
    that the language's alphabet sorts as letters of their own (å, ä, ö in Finnish …)."""
    language = (language_code or get_language() or "en").split("-")[0]
    tail = _AFTER_Z.get(language, "")
    key = []
    for char in text.casefold():
        if char in tail:
            key.append("z" + chr(0x7F + tail.index(char)))
            continue
        base = unicodedata.normalize("NFKD", char)
        key.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(key)


def sorted_by_name(codes, language_code=None):
    """(code, name) pairs sorted by the name in `language_code`."""
    pairs = [(code, country_name(code, language_code)) for code in codes]
    return sorted(pairs, key=lambda pair: collation_key(pair[1], language_code))
