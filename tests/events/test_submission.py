"""Organisers submit an event at /<lang>/events/submit/: an accessible form in every
language, a receipt with a private link, moderators told; bots, hurried or repeated posts
and bad input store nothing."""

import re
import time
from unittest import mock

import pytest
from django.core import mail

from events.links import SUBMISSION_SALT, make_token
from events.models import EventPage, EventSubmission, SubmissionStatus
from tests.factories import UserFactory

from .organisers import event_form, link_in, messages_to, started

pytestmark = pytest.mark.django_db

ORGANISER = "maija@koivikko.example.org"


@pytest.fixture
def moderator(db):
    return UserFactory(
        username="moderator", email="moderator@hub.example.org", is_superuser=True, is_staff=True
    )


@pytest.mark.parametrize("language", ["en", "fi", "ar", "mt"])
def test_the_form_in_every_language_is_accessible(client, events_section, language):
    response = client.get(f"/{language}/events/submit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert html.count("<h1") == 1
    # Every visible input has a label; hints are tied with aria-describedby.
    for name in ("organiser_name", "contact_email", "title", "start_date", "time_zone"):
        assert f'for="id_{name}"' in html, name
    assert 'autocomplete="email"' in html
    assert 'autocomplete="organization"' in html
    assert 'aria-describedby="id_contact_email_helptext"' in html
    assert "16 or older" in html or language != "en"
    assert 'name="consent"' in html
    assert 'class="form-trap" aria-hidden="true"' in html
    assert "no-cache" in response["Cache-Control"]


def test_the_form_is_served_in_every_site_language(client, events_section, settings):
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/events/submit/")
        assert response.status_code == 200, code
        html = response.content.decode()
        assert f'<html lang="{code}"' in html, code
        assert html.count("<h1") == 1, code
        assert 'name="started"' in html and 'name="consent"' in html, code


def test_privacy_notice_is_linked(client, events_section, site):
    from core.models import StandardPage

    site.add_child(instance=StandardPage(title="Privacy notice", slug="privacy-notice"))
    html = client.get("/en/events/submit/").content.decode()
    assert 'href="/en/privacy-notice/"' in html


def test_a_submission_is_stored_once_and_waits_for_moderation(
    client, send, events_section, moderator
):
    data = event_form()
    response = send("/fi/events/submit/", data)
    assert response.status_code == 302
    assert response["Location"] == "/fi/events/submit/received/"
    submission = EventSubmission.objects.get()
    assert submission.status == SubmissionStatus.PENDING
    assert submission.language_code == "fi"
    assert submission.contact_email == ORGANISER
    assert [a.slug for a in submission.audiences.all()] == ["parents-carers"]
    assert submission.capacity == 2
    assert not EventPage.objects.exists()  # nothing public before moderation

    receipt = messages_to(ORGANISER)[0]
    manage_path = link_in(receipt, "/manage/")
    assert manage_path.startswith("/fi/events/manage/")
    notice = messages_to(moderator.email)[0]
    assert f"/admin/event_submissions/review/{submission.pk}/" in notice.body

    # The same form sent again (double click, back button): nothing new.
    sent_before = len(mail.outbox)
    response = send("/fi/events/submit/", data)
    assert response.status_code == 302
    assert EventSubmission.objects.count() == 1
    assert len(mail.outbox) == sent_before

    page = client.get(manage_path)
    assert page.status_code == 200
    assert "Turvallinen netti -ilta" in page.content.decode()
    assert client.get("/fi/events/submit/received/").status_code == 200


def test_honeypot_stores_nothing(send, events_section):
    response = send("/en/events/submit/", event_form(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not EventSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (lambda: started(age=0), "quicker than a person"),
        (lambda: started(age=2 * 24 * 3600), "open for too long"),
        (lambda: "forged-token", "could not be checked"),
        (lambda: started(age=30)[:-3] + "abc", "could not be checked"),
    ],
)
def test_form_time_token_is_checked(send, events_section, token, message):
    response = send("/en/events/submit/", event_form(started=token()))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not EventSubmission.objects.exists()
    # The person's input is kept for the next try, with a fresh token.
    assert 'value="Turvallinen netti -ilta"' in response.content.decode()


BAD_INPUT = [
    ({"end_time": "17:00"}, "end_time", "must end after it starts"),
    ({"start_date": "2030-02-30"}, "start_date", "valid date"),
    ({"start_time": "25:61"}, "start_time", "valid time"),
    (
        {"start_date": "2030-03-31", "start_time": "03:30", "end_date": "2030-03-31"},
        "start_time",
        "does not exist",
    ),
    ({"time_zone": "Mars/Olympus_Mons"}, "time_zone", "valid choice"),
    ({"description": "x" * 100_000}, "description", "at most 5000 characters"),
    ({"title": "<script>alert(1)</script>"}, "title", "without HTML tags"),
    ({"organiser_name": '<img src=x onerror="alert(1)">'}, "organiser_name", "without HTML"),
    ({"description": "Hi <b onclick=alert(1)>there</b>"}, "description", "without HTML"),
    ({"city": "<iframe src=//evil>"}, "city", "without HTML"),
    ({"contact_name": "<svg onload=alert(1)>"}, "contact_name", "without HTML"),
    ({"organiser_website": "javascript:alert(1)"}, "organiser_website", "valid URL"),
    (
        {"attendance_mode": "online", "online_url": "javascript:alert(1)//https://x"},
        "online_url",
        "URL",
    ),
    (
        {"attendance_mode": "online", "online_url": "http://plain.example.org/"},
        "online_url",
        "https://",
    ),
    ({"city": ""}, "city", "Say where"),
    ({"registration_mode": "on-site", "capacity": ""}, "capacity", "how many people"),
    ({"registration_mode": "external"}, "registration_url", "where people register"),
    ({"contact_email": "not-an-address"}, "contact_email", "valid email"),
    ({"consent": None}, "consent", "required"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_is_refused_clearly(send, events_section, changes, field, message):
    response = send("/en/events/submit/", event_form(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message.lower() in html.lower()
    # The error summary links to the field; the field points at its error.
    assert f'href="#id_{field}' in html
    assert f'id="id_{field}_error"' in html
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert not EventSubmission.objects.exists()
    assert mail.outbox == []


def test_resend_my_link(send, client, events_section):
    send("/en/events/submit/", event_form())
    mail.outbox.clear()
    response = send("/en/events/submit/resend/", {"email": ORGANISER.upper(), "started": started()})
    assert response.status_code == 200
    assert "Check your e-mail" in response.content.decode()
    (message,) = mail.outbox
    assert client.get(link_in(message, "/manage/")).status_code == 200

    # An address we do not know: the same answer, nothing sent.
    mail.outbox.clear()
    response = send(
        "/en/events/submit/resend/", {"email": "nobody@example.org", "started": started()}
    )
    assert "Check your e-mail" in response.content.decode()
    assert mail.outbox == []


def _manage_path(submission):
    from events.links import submission_token

    return f"/{submission.language_code}/events/manage/{submission_token(submission)}/"


def test_forged_expired_and_revoked_links_are_refused(send, client, events_section):
    send("/en/events/submit/", event_form())
    submission = EventSubmission.objects.get()
    good = _manage_path(submission)
    assert client.get(good).status_code == 200

    forged = good[:-4] + "AAA/"
    response = client.get(forged)
    assert response.status_code == 404
    assert "This private link is not valid" in response.content.decode()

    other_pk = make_token(SUBMISSION_SALT, submission.pk + 1, submission.link_key)
    assert client.get(f"/en/events/manage/{other_pk}/").status_code == 404

    with mock.patch("time.time", return_value=time.time() - 500 * 86400):
        old = make_token(SUBMISSION_SALT, submission.pk, submission.link_key)
    response = client.get(f"/en/events/manage/{old}/")
    assert response.status_code == 404
    assert "has expired" in response.content.decode()

    # A new key (after erasure) makes the old link stop working.
    EventSubmission.objects.filter(pk=submission.pk).update(link_key="0" * 32)
    assert client.get(good).status_code == 404
    # The CSV download is behind the same check.
    assert client.get(forged + "registrations/").status_code == 404


def test_submission_link_is_not_a_page_slug(events_section):
    from django.core.exceptions import ValidationError

    from .factories import make_event

    with pytest.raises(ValidationError):
        make_event(events_section, slug="manage").full_clean()


def test_form_values_are_escaped_when_shown_again(send, events_section):
    response = send(
        "/en/events/submit/",
        event_form(title='"><script>alert(1)</script>', end_time="01:00"),
    )
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html or "&quot;&gt;&lt;script" in html
    assert re.search(r"without HTML tags", html)
