"""Registration for events on this site: places until the event is full, then a waiting
list with the position shown; a cancellation through the private link promotes the first
person waiting (with an e-mail); registrants hear when the event is cancelled, postponed,
re-timed or moved online; organisers download registrations, editors export them."""

import csv
import io
import time
from datetime import time as clock
from unittest import mock

import openpyxl
import pytest
from django.core import mail

from events.models import (
    AttendanceMode,
    EventPage,
    EventStatus,
    Registration,
    RegistrationStatus,
)
from tests.factories import UserFactory

from .conftest import section_in
from .factories import make_event
from .organisers import finnish, link_in, messages_to, started

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(events_section):
    return make_event(section_in("fi"), slug="ilta", registration_mode="on-site", capacity=2)


def registration_form(name, email, **extra):
    return {"name": name, "email": email, "consent": "on", "started": started(), **extra}


def register(send, event, name, email):
    return send(f"/fi/events/{event.slug}/register/", registration_form(name, email))


def test_event_page_links_to_registration(client, event):
    html = client.get("/fi/events/ilta/").content.decode()
    assert 'href="/fi/events/ilta/register/"' in html
    assert "opens soon" not in html


def test_registration_form_is_accessible(client, event):
    response = client.get("/fi/events/ilta/register/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'autocomplete="name"' in html and 'autocomplete="email"' in html
    assert 'for="id_consent"' in html
    assert finnish("%(places)s place left.", "%(places)s places left.", 2, places=2) in html


def test_places_then_waiting_list_then_promotion(client, send, event):
    for number in (1, 2, 3, 4):
        response = register(send, event, f"Person {number}", f"p{number}@example.org")
        assert response.status_code == 200
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "p1@example.org": "confirmed",
        "p2@example.org": "confirmed",
        "p3@example.org": "waitlisted",
        "p4@example.org": "waitlisted",
    }
    waiting = (
        "Your position on the waiting list: %(position)s. If a place becomes free, we e-mail you."
    )
    assert finnish(waiting, position=2) in response.content.decode()
    (third,) = messages_to("p3@example.org")
    received = (
        "The event is full, so you are on the waiting list, in position %(position)s. "
        "If a place becomes free, we e-mail you."
    )
    assert finnish(received, html=False, position=1) in third.body
    full = (
        "The event is full. You can join the waiting list: if someone cancels, "
        "the first person waiting gets their place and an e-mail."
    )
    assert finnish(full) in client.get("/fi/events/ilta/register/").content.decode()

    # Person 1 cancels through their link: person 3 gets the place and an e-mail.
    cancel_path = link_in(messages_to("p1@example.org")[0], "/registration/")
    page = client.get(cancel_path)
    assert page.status_code == 200 and finnish("You have a place.") in page.content.decode()
    mail.outbox.clear()
    response = send(cancel_path, {"action": "cancel"})
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["p1@example.org"] == "cancelled"
    assert statuses["p3@example.org"] == "confirmed"
    assert statuses["p4@example.org"] == "waitlisted"
    (promoted,) = mail.outbox
    assert promoted.to == ["p3@example.org"]
    promotion = "Someone has cancelled, so you now have a place at this event."
    assert finnish(promotion, html=False) in promoted.body
    p4 = Registration.objects.get(email="p4@example.org")
    from events.registration import waitlist_position

    assert waitlist_position(p4) == 1
    # Cancelling again changes nothing.
    send(cancel_path, {"action": "cancel"})
    assert Registration.objects.filter(status="confirmed").count() == 2

    # A waiting person who cancels promotes nobody.
    mail.outbox.clear()
    send(_link_for(p4), {"action": "cancel"})
    assert Registration.objects.filter(status="confirmed").count() == 2
    assert mail.outbox == []


def _link_for(registration):
    from events.links import registration_token

    return f"/fi/events/{registration.event.slug}/registration/{registration_token(registration)}/"


def test_registering_twice_stores_nothing_new(send, event):
    register(send, event, "Anna", "anna@example.org")
    response = register(send, event, "Anna", "ANNA@example.org")
    assert response.status_code == 200
    again = (
        "This e-mail address is already registered for this event. We have sent your link again."
    )
    assert finnish(again) in response.content.decode()
    assert Registration.objects.count() == 1
    # The link is sent again.
    assert len(messages_to("anna@example.org")) + len(messages_to("ANNA@example.org")) == 2


@pytest.mark.parametrize(
    ("data", "marker"),
    [
        ({"name": "<script>alert(1)</script>"}, 'id="id_name_error"'),
        ({"email": "javascript:alert(1)"}, 'id="id_email_error"'),
        ({"consent": ""}, 'id="id_consent_error"'),
        ({"name": "x" * 5000}, 'id="id_name_error"'),
        ({"started": "forged"}, 'class="error-summary"'),
    ],
)
def test_bad_registrations_are_refused(send, event, data, marker):
    form = {**registration_form("Anna", "anna@example.org"), **data}
    response = send("/fi/events/ilta/register/", form)
    assert response.status_code == 400
    html = response.content.decode()
    assert marker in html
    assert "<script>alert(1)" not in html
    assert not Registration.objects.exists()


def test_honeypot_registration_stores_nothing(send, event):
    form = registration_form("Bot", "bot@example.org", homepage="http://spam")
    assert send("/fi/events/ilta/register/", form).status_code == 302
    assert not Registration.objects.exists()


def test_forged_registration_link(client, send, event):
    register(send, event, "Anna", "anna@example.org")
    good = link_in(messages_to("anna@example.org")[0], "/registration/")
    response = client.get(good[:-5] + "xxxx/")
    assert response.status_code == 404
    invalid = (
        "This private link is not valid. It may be incomplete, or what it was for no longer exists."
    )
    assert finnish(invalid) in response.content.decode()
    # A registration link works only on its own event.
    other = make_event(section_in("fi"), slug="toinen", registration_mode="on-site", capacity=5)
    assert client.get(good.replace("/ilta/", f"/{other.slug}/")).status_code == 404


def test_an_expired_registration_link_is_refused(client, send, event, settings):
    from events.links import REGISTRATION_SALT, make_token

    register(send, event, "Anna", "anna@example.org")
    registration = Registration.objects.get()
    days = settings.EVENT_PRIVATE_LINK_MAX_AGE_DAYS
    with mock.patch("time.time", return_value=time.time() - (days + 1) * 86400):
        old = make_token(REGISTRATION_SALT, registration.pk, registration.link_key)
    path = f"/fi/events/ilta/registration/{old}/"
    response = client.get(path)
    assert response.status_code == 404
    assert finnish("This private link has expired.") in response.content.decode()
    # It cannot cancel the place either.
    assert send(path, {"action": "cancel"}).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_no_registration_where_the_event_does_not_take_them(client, send, events_section):
    make_event(section_in("fi"), slug="vapaa")
    response = client.get("/fi/events/vapaa/register/")
    assert finnish("Registration is closed.") in response.content.decode()
    send("/fi/events/vapaa/register/", registration_form("Anna", "anna@example.org"))
    assert not Registration.objects.exists()


def _publish(event, **changes):
    page = EventPage.objects.get(pk=event.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.mark.parametrize(
    ("changes", "subject"),
    [
        ({"status": EventStatus.CANCELLED, "status_note": "Myrsky."}, finnish("Event cancelled")),
        ({"status": EventStatus.POSTPONED}, finnish("Event postponed")),
        (
            {
                "attendance_mode": AttendanceMode.ONLINE,
                "online_url": "https://meet.example.org/ilta",
                "venue_name": "",
                "street_address": "",
            },
            finnish("Event moved online"),
        ),
        ({"start_time": clock(9, 0)}, finnish("New time for your event")),
        (
            {"status": EventStatus.MOVED_ONLINE, "online_url": "https://meet.example.org/x"},
            finnish("Event moved online"),
        ),
    ],
)
def test_registrants_hear_about_changes(
    send, event, django_capture_on_commit_callbacks, changes, subject
):
    for number in (1, 2, 3):
        register(send, event, f"Person {number}", f"p{number}@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _publish(event, description="Only the text changed.")
    assert mail.outbox == []  # a change they need not hear about
    with django_capture_on_commit_callbacks(execute=True):
        _publish(event, **changes)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "p1@example.org",
        "p2@example.org",
        "p3@example.org",
    ]
    assert all(subject in m.subject for m in mail.outbox)
    # Publishing the same again sends nothing more.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _publish(event)
    assert mail.outbox == []


def test_organiser_downloads_registrations_with_the_private_link(
    client, send, events_section, editions
):
    from events.links import submission_token
    from events.models import EventSubmission

    from .organisers import event_form

    send("/fi/events/submit/", event_form(capacity="1"))
    submission = EventSubmission.objects.get()
    editor = UserFactory(username="ed", is_superuser=True, is_staff=True)
    client.force_login(editor)
    send(f"/admin/event_submissions/review/{submission.pk}/", {"decision": "approve"})
    client.logout()
    event = EventPage.objects.get()
    register(send, event, '=HYPERLINK("http://evil")', "a@example.org")
    register(send, event, "Bea", "b@example.org")
    submission.refresh_from_db()
    manage = f"/fi/events/manage/{submission_token(submission)}/"
    counts = "%(confirmed)s confirmed, %(waiting)s on the waiting list"
    assert finnish(counts, confirmed=1, waiting=1) in client.get(manage).content.decode()
    response = client.get(manage + "registrations/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["name", "email", "status", "waiting list position", "registered"]
    assert rows[1][:4] == ['\'=HYPERLINK("http://evil")', "a@example.org", "confirmed", ""]
    assert rows[2][:4] == ["Bea", "b@example.org", "waitlisted", "1"]


def test_editors_export_registrations_as_csv_and_xlsx(client, send, event):
    register(send, event, "Anna", "anna@example.org")
    register(send, event, "Bea", "bea@example.org")
    editor = UserFactory(username="ed", is_superuser=True, is_staff=True)
    client.force_login(editor)
    listing = client.get("/admin/event_registrations/")
    assert listing.status_code == 200
    assert "anna@example.org" in listing.content.decode()
    response = client.get("/admin/event_registrations/?export=csv")
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content).decode("utf-8-sig")
        if response.streaming
        else response.content.decode("utf-8-sig")
    )
    assert "anna@example.org" in body and "bea@example.org" in body
    response = client.get("/admin/event_registrations/?export=xlsx")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    emails = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert emails == {"anna@example.org", "bea@example.org"}
    # Nobody edits registrations in the admin: the waiting list has its own rules.
    registration = Registration.objects.first()
    assert client.get(f"/admin/event_registrations/edit/{registration.pk}/").status_code in (
        302,
        403,
    )
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 2


def test_more_places_go_to_the_people_waiting(send, event, django_capture_on_commit_callbacks):
    for number in (1, 2, 3, 4):
        register(send, event, f"Person {number}", f"p{number}@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _publish(event, capacity=3)
    assert Registration.objects.get(email="p3@example.org").status == "confirmed"
    assert Registration.objects.get(email="p4@example.org").status == "waitlisted"
    assert [m.to for m in mail.outbox] == [["p3@example.org"]]


def test_registration_closes_when_the_event_is_over_or_cancelled(client, send, events_section):
    from datetime import date

    make_event(
        section_in("fi"),
        slug="ohi",
        registration_mode="on-site",
        capacity=5,
        start_date=date(2020, 2, 11),
        end_date=date(2020, 2, 11),
    )
    closed = client.get("/fi/events/ohi/register/").content.decode()
    assert finnish("Registration is closed.") in closed
    make_event(
        section_in("fi"),
        slug="peruttu",
        registration_mode="on-site",
        capacity=5,
        status=EventStatus.CANCELLED,
    )
    send("/fi/events/peruttu/register/", registration_form("Anna", "anna@example.org"))
    assert not Registration.objects.exists()


def test_admin_csv_export_does_not_run_formulas(client, send, event):
    register(send, event, "=1+2", "anna@example.org")
    client.force_login(UserFactory(username="ed", is_superuser=True, is_staff=True))
    response = client.get("/admin/event_registrations/?export=csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'=1+2" in body
