"""schema.org `Event` data (JSON-LD) for event pages, written as a data block that the
strict Content-Security-Policy allows (no code runs) and that no text can break out of."""

import json

from django.utils.safestring import mark_safe

from .models import AttendanceMode, EventStatus
from .times import zone_or_none

ATTENDANCE = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}
STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


def _place(event):
    address = {"@type": "PostalAddress"}
    if event.street_address:
        address["streetAddress"] = event.street_address
    if event.city:
        address["addressLocality"] = event.city
    if event.country_id:
        address["addressCountry"] = event.country_id
    return {"@type": "Place", "name": event.venue_name or event.city, "address": address}


def event_data(event, request=None):
    """The schema.org Event for `event`: times with their UTC offset in the event's zone."""
    zone = zone_or_none(event.time_zone)
    start = event.start.astimezone(zone) if zone else event.start
    end = event.end.astimezone(zone) if zone else event.end
    mode = event.attendance_mode
    if event.status == EventStatus.MOVED_ONLINE:
        mode = AttendanceMode.ONLINE
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "startDate": start.isoformat(),
        "endDate": end.isoformat(),
        "eventAttendanceMode": ATTENDANCE[mode],
        "eventStatus": STATUS[event.status],
        "inLanguage": event.language_codes,
        "isAccessibleForFree": True,
    }
    url = event.get_full_url(request)
    if url:
        data["url"] = url
    locations = []
    if mode in (AttendanceMode.IN_PERSON, AttendanceMode.MIXED):
        locations.append(_place(event))
    if mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED) and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organizer = {"@type": "Organization", "name": event.organiser_name}
    if event.organiser_website:
        organizer["url"] = event.organiser_website
    data["organizer"] = organizer
    audiences = event.audience_slugs
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": slug} for slug in audiences]
    if event.edition_id:
        data["superEvent"] = {
            "@type": "Event",
            "name": f"Safer Internet Day {event.edition.year}",
            "startDate": event.edition.date.isoformat(),
        }
    return data


def json_for_script(data):
    """JSON that cannot end its <script> element or open a comment: <, > and & are
    written as \\u escapes (still the same JSON)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


def event_json_ld(event, request=None):
    return mark_safe(  # noqa: S308 - escaped by json_for_script
        f'<script type="application/ld+json">{json_for_script(event_data(event, request))}</script>'
    )
