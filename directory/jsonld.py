"""schema.org `Organization` data for the help pages (search engines show contact numbers)."""

from django.core.exceptions import ValidationError

from . import hours as hours_module
from .countries import country_name

SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _hours_specification(spec):
    try:
        parsed = hours_module.parse(spec)
    except ValidationError:  # hours saved before validation existed: leave them out
        return []
    if parsed.always_open:
        return [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [f"https://schema.org/{day}" for day in SCHEMA_DAYS],
                "opens": "00:00",
                "closes": "23:59",
            }
        ]
    specs = []
    for rule in parsed.rules:
        for start, end in rule.ranges:
            specs.append(
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in rule.days],
                    "opens": f"{start // 60:02d}:{start % 60:02d}",
                    "closes": "23:59" if end == 1440 else f"{end // 60:02d}:{end % 60:02d}",
                }
            )
    return specs


def organisation_data(org):
    data = {"@type": "Organization", "name": org.name, "url": org.website}
    if org.description:
        data["description"] = org.description
    if org.email:
        data["email"] = org.email
    if org.country_id:
        data["areaServed"] = {"@type": "Country", "name": country_name(org.country_id, "en")}
    languages = org.language_codes
    contact_points = []
    for phone in org.phones.all():
        point = {
            "@type": "ContactPoint",
            "telephone": phone.dial if phone.dial.startswith("+") else phone.display,
            "contactType": phone.label or org.get_kind_display(),
        }
        if org.country_id:
            point["areaServed"] = org.country_id
        if languages:
            point["availableLanguage"] = languages
        if phone.free_of_charge:
            point["contactOption"] = "https://schema.org/TollFree"
        hours = _hours_specification(phone.hours)
        if hours:
            point["hoursAvailable"] = hours
        contact_points.append(point)
    if contact_points:
        data["contactPoint"] = contact_points
    return data


def organisations_graph(help):
    return {
        "@context": "https://schema.org",
        "@graph": [organisation_data(org) for org in help.organisations],
    }
