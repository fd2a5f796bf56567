"""Calendar files, read back with vobject (a parser independent of the icalendar library
that writes them): zones, stable UIDs, SEQUENCE on change, cancelled events."""

from datetime import UTC, date, datetime, time

import pytest
import vobject

from directory.models import Country
from events.models import AttendanceMode, EventPage, EventStatus

from .conftest import section_in
from .factories import make_event

pytestmark = pytest.mark.django_db


def read_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return vobject.readOne(response.content.decode())


def vevents(calendar):
    return list(getattr(calendar, "vevent_list", []))


@pytest.fixture
def helsinki_event(events_section):
    return make_event(section_in("fi"), slug="vanhempainilta", title="Vanhempainilta")


def test_event_calendar_has_its_zone_and_a_stable_uid(client, helsinki_event):
    calendar = read_calendar(client.get("/fi/events/vanhempainilta/calendar/"))
    assert calendar.version.value == "2.0"
    assert [tz.tzid.value for tz in calendar.vtimezone_list] == ["Europe/Helsinki"]
    (event,) = vevents(calendar)
    start = event.dtstart.value
    assert start.astimezone(UTC) == datetime(2030, 2, 12, 8, 0, tzinfo=UTC)
    # vobject keeps the written TZID under its own name once it has resolved the zone.
    assert event.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Europe/Helsinki"]
    raw = client.get("/fi/events/vanhempainilta/calendar/").content.decode()
    assert "DTSTART;TZID=Europe/Helsinki:20300212T100000" in raw
    assert event.dtend.value.astimezone(UTC) == datetime(2030, 2, 12, 10, 30, tzinfo=UTC)
    assert event.uid.value == f"{helsinki_event.translation_key}@events.safer-internet-hub"
    assert event.sequence.value == "0"
    assert event.status.value == "CONFIRMED"
    assert event.summary.value == "Vanhempainilta"
    assert event.url.value == "http://testserver/fi/events/vanhempainilta/"
    assert "Koivikon koulu, Tampere" in event.location.value


def test_sequence_grows_when_time_or_status_changes_and_uid_stays(client, helsinki_event):
    uid = read_calendar(client.get(helsinki_event.url + "calendar/")).vevent.uid.value

    page = EventPage.objects.get(pk=helsinki_event.pk)
    page.start_time = time(11, 0)
    page.end_time = time(13, 0)
    page.save_revision().publish()
    moved = read_calendar(client.get(helsinki_event.url + "calendar/")).vevent
    assert moved.uid.value == uid
    assert moved.sequence.value == "1"
    assert moved.dtstart.value.astimezone(UTC) == datetime(2030, 2, 12, 9, 0, tzinfo=UTC)

    # A draft changes nothing readers (or calendars) see.
    page = EventPage.objects.get(pk=helsinki_event.pk)
    page.status = EventStatus.CANCELLED
    page.save_revision()
    assert read_calendar(client.get(helsinki_event.url + "calendar/")).vevent.sequence.value == "1"

    # Publishing the cancellation does, with STATUS:CANCELLED.
    page.get_latest_revision().publish()
    cancelled = read_calendar(client.get(helsinki_event.url + "calendar/")).vevent
    assert cancelled.uid.value == uid
    assert cancelled.sequence.value == "2"
    assert cancelled.status.value == "CANCELLED"

    # A change calendars do not show (the organiser's website) keeps the sequence.
    page = EventPage.objects.get(pk=helsinki_event.pk)
    page.organiser_website = "https://koivikko.example.org/sid/"
    page.save_revision().publish()
    assert read_calendar(client.get(helsinki_event.url + "calendar/")).vevent.sequence.value == "2"


@pytest.mark.parametrize(
    ("status", "word", "ical_status"),
    [
        (EventStatus.CANCELLED, "annulé", "CANCELLED"),
        (EventStatus.POSTPONED, "reporté", "TENTATIVE"),
    ],
)
def test_listing_calendar_follows_the_filters_and_keeps_cancelled_events(
    client, events_section, status, word, ical_status
):
    make_event(section_in("fi"), slug="oulu", title="Oulu", city="Oulu")
    make_event(
        section_in("en"),
        slug="leeds",
        title="Leeds",
        time_zone="Europe/London",
        city="Leeds",
        country=Country.objects.get(code="GB"),
        status=status,
    )
    make_event(
        section_in("en"),
        slug="chicago",
        title="Chicago webinar",
        time_zone="America/Chicago",
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/chicago",
        city="",
        country=Country.objects.get(code="US"),
    )
    everything = read_calendar(client.get("/fr/events/calendar/"))
    summaries = {event.summary.value: event for event in vevents(everything)}
    # Calendar apps that ignore STATUS still show the word, in the reader's language.
    assert set(summaries) == {"Oulu", f"Leeds [{word}]", "Chicago webinar"}
    assert summaries[f"Leeds [{word}]"].status.value == ical_status
    assert summaries["Oulu"].status.value == "CONFIRMED"
    zones = {tz.tzid.value for tz in everything.vtimezone_list}
    assert zones == {"Europe/Helsinki", "Europe/London", "America/Chicago"}
    chicago = summaries["Chicago webinar"]
    assert chicago.dtstart.value.astimezone(UTC) == datetime(2030, 2, 12, 16, 0, tzinfo=UTC)
    assert chicago.location.value == "https://meet.example.org/chicago"

    finnish_only = read_calendar(client.get("/en/events/calendar/?country=fi"))
    assert [event.summary.value for event in vevents(finnish_only)] == ["Oulu"]
    nothing = read_calendar(client.get("/en/events/calendar/?when=past"))
    assert vevents(nothing) == []


def test_multi_day_event_across_a_dst_change(client, events_section):
    make_event(
        section_in("fi"),
        slug="leiri",
        title="Leiri",
        start_date=date(2030, 3, 30),
        start_time=time(12, 0),
        end_date=date(2030, 3, 31),
        end_time=time(12, 0),
    )
    (event,) = vevents(read_calendar(client.get("/fi/events/leiri/calendar/")))
    # Clocks go forward in Helsinki on 31 March 2030: 24 hours of wall clock are 23 real ones.
    assert event.dtstart.value.utcoffset().total_seconds() == 2 * 3600
    assert event.dtend.value.utcoffset().total_seconds() == 3 * 3600
    elapsed = event.dtend.value.astimezone(UTC) - event.dtstart.value.astimezone(UTC)
    assert elapsed.total_seconds() == 23 * 3600


def test_the_listing_calendar_has_a_cap_and_the_listing_says_so(client, events_section, settings):
    assert settings.EVENT_CALENDAR_MAX_EVENTS == 500
    # Hundreds of published pages take minutes to make; the cap is a setting, so 3 stand in.
    settings.EVENT_CALENDAR_MAX_EVENTS = 3
    for day in (14, 12, 13):
        make_event(
            section_in("en"),
            slug=f"day-{day}",
            title=f"Day {day}",
            start_date=date(2030, 2, day),
            end_date=date(2030, 2, day),
        )
    listing = client.get("/en/events/").content.decode()
    assert "(the next 3 only)" not in listing
    assert len(vevents(read_calendar(client.get("/en/events/calendar/")))) == 3

    make_event(
        section_in("en"),
        slug="day-11",
        title="Day 11",
        start_date=date(2030, 2, 11),
        end_date=date(2030, 2, 11),
    )
    calendar = read_calendar(client.get("/en/events/calendar/"))
    # The soonest three: the last one is left out, not a random one.
    assert [event.summary.value for event in vevents(calendar)] == ["Day 11", "Day 12", "Day 13"]
    listing = client.get("/en/events/").content.decode()
    assert "(the next 3 only)" in listing
    past = client.get("/en/events/?when=past").content.decode()
    assert "only)" not in past
