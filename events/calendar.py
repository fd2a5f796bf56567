"""iCalendar (.ics) files for one event or a filtered listing, made with `icalendar`.

Each event keeps one UID for life (its translation key), its SEQUENCE grows whenever its
time, place or status changes (EventPage.save), times are given in the event's own zone
with a VTIMEZONE for it, and a cancelled event stays in the file with STATUS:CANCELLED so
calendar apps remove it. The organiser's private contact is never part of a calendar.
"""

from datetime import UTC, date

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vUri

from directory.countries import country_name

from .models import EventStatus
from .times import zone_or_none

PRODID = "-//Safer Internet Hub//Safer Internet Day events//EN"
UID_DOMAIN = "events.safer-internet-hub"

ICS_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event):
    return f"{event.translation_key}@{UID_DOMAIN}"


def location_text(event):
    if not event.is_in_person:
        return event.online_url
    parts = [event.venue_name, event.street_address, event.city]
    if event.country_id:
        parts.append(country_name(event.country_id, event.locale.language_code))
    return ", ".join(part for part in parts if part)


def event_component(event, request=None):
    component = Event()
    zone = zone_or_none(event.time_zone)
    component.add("uid", event_uid(event))
    stamp = event.last_published_at or timezone.now()
    component.add("dtstamp", stamp.astimezone(UTC))
    component.add("last-modified", stamp.astimezone(UTC))
    component.add("sequence", event.sequence)
    component.add("dtstart", event.start.astimezone(zone) if zone else event.start)
    component.add("dtend", event.end.astimezone(zone) if zone else event.end)
    summary = event.title
    # Calendar apps that ignore STATUS still show the word.
    if event.status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
        summary = f"{summary} [{EventStatus(event.status).label}]"
    component.add("summary", summary)
    description = [event.description]
    if event.status_note:
        description.insert(0, event.status_note)
    description.append(_("Organiser: %(name)s") % {"name": event.organiser_name})
    component.add("description", "\n\n".join(str(part) for part in description if part))
    location = location_text(event)
    if location:
        component.add("location", location)
    url = event.get_full_url(request)
    if url:
        component.add("url", vUri(url))
    if event.is_online and event.online_url:
        component.add("conference", vUri(event.online_url), parameters={"value": "URI"})
    component.add("status", ICS_STATUS.get(event.status, "CONFIRMED"))
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, name, request=None):
    """An iCalendar document (bytes) with one VEVENT per event and a VTIMEZONE per zone."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        first = min(event.start for event in events).date()
        last = max(event.end for event in events).date()
        calendar.add_missing_timezones(
            first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 1, 12, 31)
        )
    return calendar.to_ical()


def calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = (
        f"public, max-age={getattr(settings, 'EVENTS_CALENDAR_MAX_AGE', 900)}"
    )
    return response
