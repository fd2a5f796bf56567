"""The countries the hub serves out of the box: the EU 27, the other countries whose
languages it speaks, and the United States (NCMEC's CyberTipline). Names come from Babel.

National report routes are listed only where the authority publishes a stable address for
online reports; the rest stay empty until an editor adds one.
"""

# code: (emergency number, other emergency number, IANA time zone, authority, its address)
COUNTRIES = {
    "AT": ("112", "", "Europe/Vienna", "", ""),
    "BE": ("112", "", "Europe/Brussels", "", ""),
    "BG": ("112", "", "Europe/Sofia", "", ""),
    "CY": ("112", "", "Asia/Nicosia", "", ""),
    "CZ": ("112", "", "Europe/Prague", "", ""),
    "DE": ("112", "", "Europe/Berlin", "", ""),
    "DK": ("112", "", "Europe/Copenhagen", "", ""),
    "EE": ("112", "", "Europe/Tallinn", "", ""),
    "ES": ("112", "", "Europe/Madrid", "Policía Nacional", "https://www.policia.es"),
    "FI": ("112", "", "Europe/Helsinki", "Poliisi", "https://poliisi.fi"),
    "FR": (
        "112",
        "",
        "Europe/Paris",
        "PHAROS",
        "https://www.internet-signalement.gouv.fr",
    ),
    "GR": ("112", "", "Europe/Athens", "", ""),
    "HR": ("112", "", "Europe/Zagreb", "", ""),
    "HU": ("112", "", "Europe/Budapest", "", ""),
    "IE": ("112", "999", "Europe/Dublin", "", ""),
    "IT": (
        "112",
        "",
        "Europe/Rome",
        "Polizia Postale e delle Comunicazioni",
        "https://www.commissariatodips.it",
    ),
    "LT": ("112", "", "Europe/Vilnius", "", ""),
    "LU": ("112", "", "Europe/Luxembourg", "", ""),
    "LV": ("112", "", "Europe/Riga", "", ""),
    "MT": ("112", "", "Europe/Malta", "", ""),
    "NL": ("112", "", "Europe/Amsterdam", "Politie", "https://www.politie.nl"),
    "PL": ("112", "", "Europe/Warsaw", "", ""),
    "PT": ("112", "", "Europe/Lisbon", "", ""),
    "RO": ("112", "", "Europe/Bucharest", "", ""),
    "SE": ("112", "", "Europe/Stockholm", "", ""),
    "SI": ("112", "", "Europe/Ljubljana", "", ""),
    "SK": ("112", "", "Europe/Bratislava", "", ""),
    "CH": ("112", "", "Europe/Zurich", "Cybercrimepolice", "https://www.cybercrimepolice.ch"),
    "GB": (
        "999",
        "112",
        "Europe/London",
        "CEOP (National Crime Agency)",
        "https://www.ceop.police.uk/ceop-reporting/",
    ),
    "IS": ("112", "", "Atlantic/Reykjavik", "Lögreglan", "https://www.logreglan.is"),
    "NO": ("112", "", "Europe/Oslo", "Politiet", "https://www.politiet.no"),
    "UA": ("112", "", "Europe/Kyiv", "Cyberpolice of Ukraine", "https://cyberpolice.gov.ua"),
    "US": ("911", "", "America/New_York", "FBI", "https://tips.fbi.gov"),
}


def seed_countries(country_model):
    """Create the countries that are missing; leave editors' changes to existing ones alone.
    Returns the number created."""
    existing = set(country_model.objects.values_list("code", flat=True))
    missing = [
        country_model(
            code=code,
            emergency_number=emergency,
            other_emergency_number=other,
            time_zone=time_zone,
            authority_name=authority,
            authority_report_url=url,
        )
        for code, (emergency, other, time_zone, authority, url) in COUNTRIES.items()
        if code not in existing
    ]
    country_model.objects.bulk_create(missing)
    return len(missing)
