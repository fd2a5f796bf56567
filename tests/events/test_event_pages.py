"""Event pages: times in the event's zone written the reader's way, the event only in its
own language, status shown prominently, schema.org data that is right and cannot break out."""

import json
import re
from datetime import date, time

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.locales import sync_all_locales
from events.models import AttendanceMode, EventPage, EventStatus

from .conftest import section_in
from .factories import EditionFactory, make_event

pytestmark = pytest.mark.django_db


def main_html(response):
    """The <main> element, with Babel's thin and no-break spaces as plain spaces."""
    body = response.content.decode()
    main = body[body.index("<main") : body.index("</main>")]
    return re.sub("[\u2009\u202f\xa0]", " ", main)


def json_ld(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


@pytest.fixture
def helsinki_event(events_section):
    return make_event(
        section_in("fi"),
        title="Vanhempainilta: tekoäly ja luotettava tieto",
        slug="vanhempainilta-tekoaly",
        description="Ilta vanhemmille.\n\nKahvitarjoilu klo 17.30.",
        languages=["fi"],
        audiences=["parents-carers"],
    )


def test_helsinki_event_read_in_french_keeps_helsinki_time_in_french_words(client, helsinki_event):
    response = client.get("/fr/events/")
    assert response.status_code == 200
    main = main_html(response)
    assert "mardi 12 février 2030, 10:00 – 12:30" in main
    assert "heure : Finlande, UTC+02:00" in main
    assert '<time datetime="2030-02-12T10:00:00+02:00">' in main
    # Title in Finnish, marked so, linking to the event's own (Finnish) address.
    assert 'lang="fi"' in main
    assert 'href="/fi/events/vanhempainilta-tekoaly/" hreflang="fi"' in main
    assert "Vanhempainilta: tekoäly ja luotettava tieto" in main


def test_event_page_in_its_own_language(client, helsinki_event):
    response = client.get("/fi/events/vanhempainilta-tekoaly/")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<html lang="fi"' in body
    main = main_html(response)
    assert main.count("<h1") == 1
    assert "tiistai 12. helmikuuta 2030, 10.00–12.30" in main
    assert "aikavyöhyke: Suomi, UTC+02:00" in main
    assert "<p>Ilta vanhemmille.</p><p>Kahvitarjoilu klo 17.30.</p>" in main


def test_an_event_exists_only_in_its_own_language(client, helsinki_event):
    sync_all_locales()
    assert EventPage.objects.count() == 1
    assert not EventPage.objects.filter(alias_of__isnull=False).exists()
    assert client.get("/fr/events/vanhempainilta-tekoaly/").status_code == 404
    assert client.get("/en/events/vanhempainilta-tekoaly/").status_code == 404
    # …but every language's listing shows it.
    for code in ("en", "de", "ar", "mt"):
        assert "vanhempainilta-tekoaly" in client.get(f"/{code}/events/").content.decode()


def test_an_event_created_in_the_admin_gets_no_copies_in_other_languages(
    client, events_section, django_capture_on_commit_callbacks
):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    parent = section_in("en")
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", parent.pk))
    form = client.get(url)
    assert form.status_code == 200
    data = {
        "title": "Assembly on online scams",
        "slug": "assembly-online-scams",
        "description": "Pupils learn to spot scams.",
        "start_date": "2030-02-12",
        "start_time": "09:00",
        "end_date": "2030-02-12",
        "end_time": "10:00",
        "time_zone": "Europe/London",
        "status": "scheduled",
        "attendance_mode": "in-person",
        "city": "Leeds",
        "country": "GB",
        "organiser_name": "Lakeside Primary School (sample)",
        "registration_mode": "none",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    created = EventPage.objects.get(slug="assembly-online-scams")
    assert created.live and created.locale.language_code == "en"
    assert EventPage.objects.count() == 1  # no untranslated copies in 27 other locales
    assert [language.code for language in created.languages.all()] == ["en"]
    client.logout()
    assert "assembly-online-scams" in client.get("/pl/events/").content.decode()


@pytest.mark.parametrize(
    ("status", "notice_text", "schema_status", "label"),
    [
        (EventStatus.CANCELLED, "This event is cancelled.", "EventCancelled", "Cancelled"),
        (EventStatus.POSTPONED, "This event is postponed.", "EventPostponed", "Postponed"),
    ],
)
def test_cancelled_event_says_so_first_and_in_json_ld(
    client, events_section, status, notice_text, schema_status, label
):
    event = make_event(
        section_in("en"),
        title="Parents' evening",
        slug="parents-evening",
        status=status,
        status_note="Not on the date first given: the school is closed for repairs.",
        time_zone="Europe/London",
        city="Leeds",
        country=None,
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/parents",
    )
    response = client.get(event.url)
    main = main_html(response)
    notice = main.index(notice_text)
    assert notice < main.index("A workshop for parents")
    assert "Not on the date first given: the school is closed for repairs." in main
    if status == EventStatus.CANCELLED:
        assert "Join online" in main and "No longer taking place." in main
        assert "https://meet.example.org/parents" not in main  # no joining a cancelled event
    data = json_ld(response)
    assert data["eventStatus"] == f"https://schema.org/{schema_status}"
    listing = main_html(client.get("/en/events/"))
    assert f"event-card--{status}" in listing and f">{label}</strong>" in listing


def test_json_ld_describes_the_event(client, events_section):
    EditionFactory(year=2030, date=date(2030, 2, 12))
    event = make_event(
        section_in("fi"),
        slug="hybrid",
        attendance_mode=AttendanceMode.MIXED,
        online_url="https://meet.example.org/hybrid",
        street_address="Koulukatu 1",
        languages=["fi", "sv"],
        audiences=["parents-carers", "teachers-educators"],
        contact_email="private-organiser@example.org",
    )
    data = json_ld(client.get(event.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == "2030-02-12T10:00:00+02:00"
    assert data["endDate"] == "2030-02-12T12:30:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Koivikon koulu"
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Koulukatu 1",
        "addressLocality": "Tampere",
        "addressCountry": "FI",
    }
    assert virtual == {"@type": "VirtualLocation", "url": "https://meet.example.org/hybrid"}
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Koivikon koulu (sample)",
        "url": "https://koivikko.example.org/",
    }
    assert data["inLanguage"] == ["fi", "sv"]
    assert data["url"] == "http://testserver/fi/events/hybrid/"
    assert data["superEvent"]["startDate"] == "2030-02-12"
    assert "private-organiser@example.org" not in json.dumps(data)


def test_json_ld_cannot_be_broken_out_of(client, events_section):
    hostile = "</script><script>alert(1)</script><!--"
    event = make_event(section_in("en"), slug="hostile")
    # Stored behind validation's back (an old row, a bug elsewhere): output must still hold.
    EventPage.objects.filter(pk=event.pk).update(
        title=hostile, description=hostile, organiser_name=hostile
    )
    response = client.get("/en/events/hostile/")
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert body.count("</script>") == body.count("<script")  # every script closes once
    data = json_ld(response)
    assert data["name"] == hostile and data["description"] == hostile
    assert data["organizer"]["name"] == hostile


def test_online_event_has_a_virtual_location_and_no_place(client, events_section):
    event = make_event(
        section_in("en"),
        slug="webinar",
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/webinar",
        city="",
        country=None,
        venue_name="",
        time_zone="America/Chicago",
        start_time=time(15, 0),
        end_time=time(16, 0),
    )
    data = json_ld(client.get(event.url))
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/webinar",
    }
    assert data["startDate"] == "2030-02-12T15:00:00-06:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_moved_online_event_is_described_as_online(client, events_section):
    event = make_event(
        section_in("en"),
        slug="moved",
        status=EventStatus.MOVED_ONLINE,
        online_url="https://meet.example.org/moved",
    )
    response = client.get(event.url)
    assert "This event has moved online." in response.content.decode()
    data = json_ld(response)
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"


def test_event_links_its_calendar_file(client, helsinki_event):
    body = client.get(helsinki_event.url).content.decode()
    assert (
        '<link rel="alternate" type="text/calendar" '
        'href="/fi/events/vanhempainilta-tekoaly/calendar/"' in body
    )
    listing = client.get("/en/events/?country=fi").content.decode()
    assert (
        '<link rel="alternate" type="text/calendar" href="/en/events/calendar/?country=fi"'
        in listing
    )


def test_sample_events_are_marked_for_readers(client, events_section):
    event = make_event(section_in("en"), slug="sample", is_sample=True)
    assert "This event is made up" in client.get(event.url).content.decode()
    assert "Sample event (demo data)" in client.get("/en/events/").content.decode()


def test_addresses_stored_without_checks_never_become_links(client, events_section):
    # The admin and the import refuse anything but https; a value written straight into
    # the database (an old import, a shell session) must still not turn into a live link.
    event = make_event(
        section_in("en"),
        slug="stored-addresses",
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/placeholder",
        city="",
        country=None,
        venue_name="",
    )
    EventPage.objects.filter(pk=event.pk).update(
        online_url="javascript:alert(1)", organiser_website="javascript:alert(2)"
    )
    html = client.get(event.url).content.decode()
    assert 'href="javascript:' not in html
    assert "javascript:alert(1)" in html  # shown as text, so the editor can see what is wrong
