"""Demo text with its translations, kept side by side so no string is left untranslated."""

DEMO_LANGUAGES = ("fi", "fr", "de", "pl", "el", "ar")

# English source string → {language code: translation}
TRANSLATIONS: dict[str, dict[str, str]] = {}


def t(en, fi, fr, de, pl, el, ar):
    """Register an English string with its translations; returns the English."""
    TRANSLATIONS[en] = dict(zip(DEMO_LANGUAGES, (fi, fr, de, pl, el, ar), strict=True))
    return en


def same(en):
    """A string that reads the same in every language (a figure, a name)."""
    TRANSLATIONS[en] = dict.fromkeys(DEMO_LANGUAGES, en)
    return en


def strings_for(language_code):
    """{English: translation} for one language, as translate_from_strings expects."""
    return {en: translations[language_code] for en, translations in TRANSLATIONS.items()}
