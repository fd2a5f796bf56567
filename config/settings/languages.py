"""The languages the hub speaks: the 24 official EU languages plus Norwegian Bokmål,
Icelandic, Ukrainian and Arabic. English is the source every other locale syncs from."""

SOURCE_LANGUAGE = "en"

# (code, English name); order is the order of the language switcher.
LANGUAGES = [
    ("en", "English"),
    ("bg", "Bulgarian"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("it", "Italian"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("mt", "Maltese"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("sv", "Swedish"),
    ("nb", "Norwegian Bokmål"),
    ("is", "Icelandic"),
    ("uk", "Ukrainian"),
    ("ar", "Arabic"),
]

LANGUAGE_CODES = [code for code, _name in LANGUAGES]

# The country whose help routes a locale shows before the reader picks one
# (cacheable pages need one server-side default; see the help directory).
DEFAULT_COUNTRY_FOR_LANGUAGE = {
    "en": "GB",
    "bg": "BG",
    "cs": "CZ",
    "da": "DK",
    "de": "DE",
    "el": "GR",
    "es": "ES",
    "et": "EE",
    "fi": "FI",
    "fr": "FR",
    "ga": "IE",
    "hr": "HR",
    "hu": "HU",
    "it": "IT",
    "lt": "LT",
    "lv": "LV",
    "mt": "MT",
    "nl": "NL",
    "pl": "PL",
    "pt": "PT",
    "ro": "RO",
    "sk": "SK",
    "sl": "SI",
    "sv": "SE",
    "nb": "NO",
    "is": "IS",
    "uk": "UA",
    "ar": "",
}
