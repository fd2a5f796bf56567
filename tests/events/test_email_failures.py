"""A mail server that fails loses nothing: the submission or registration is stored, the
e-mail stays in the outbox with the error logged, and it is sent on a later try
(`send_pending_email`, or the next request that sends mail)."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.mail import queue_email, send_queued
from events.models import EventSubmission, OutboxEmail, Registration

from .conftest import section_in
from .factories import make_event
from .organisers import event_form, started

pytestmark = pytest.mark.django_db

FAILING = "tests.events.mail_backends.FailingBackend"


def test_a_failed_receipt_keeps_the_submission_and_is_sent_later(
    send, events_section, settings, caplog
):
    settings.EMAIL_BACKEND = FAILING
    with caplog.at_level(logging.WARNING, logger="events.mail"):
        response = send("/en/events/submit/", event_form())
    assert response.status_code == 302  # the organiser sees success
    submission = EventSubmission.objects.get()
    queued = OutboxEmail.objects.get(to=submission.contact_email)
    assert queued.sent_at is None
    assert queued.attempts == 1
    assert "SMTP server unreachable" in queued.last_error
    assert "could not be sent" in caplog.text
    assert mail.outbox == []

    # Not due yet: a run now leaves it alone.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_email", verbosity=0)
    assert mail.outbox == []

    OutboxEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_pending_email", verbosity=0)
    (message,) = mail.outbox
    assert message.to == [submission.contact_email]
    assert "/en/events/manage/" in message.body
    queued.refresh_from_db()
    assert queued.sent_at is not None and queued.attempts == 2 and queued.last_error == ""
    # Sent once only.
    call_command("send_pending_email", verbosity=0)
    assert len(mail.outbox) == 1


def test_a_failed_registration_email_keeps_the_place(send, events_section, settings):
    event = make_event(section_in("en"), slug="talk", registration_mode="on-site", capacity=1)
    settings.EMAIL_BACKEND = FAILING
    response = send(
        "/en/events/talk/register/",
        {"name": "Anna", "email": "anna@example.org", "consent": "on", "started": started()},
    )
    assert response.status_code == 200
    assert "You have a place" in response.content.decode()
    assert Registration.objects.get(event=event).status == "confirmed"
    assert OutboxEmail.objects.filter(to="anna@example.org", sent_at__isnull=True).exists()

    # The mail server is back: the next request that sends mail also sends what was due.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    send(
        "/en/events/talk/register/",
        {"name": "Bea", "email": "bea@example.org", "consent": "on", "started": started()},
    )
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "bea@example.org"]
    assert not OutboxEmail.objects.filter(sent_at__isnull=True).exists()


def test_retries_back_off_and_the_command_reports(settings, db):
    from io import StringIO

    from events.mail import queue_email, send_queued

    settings.EMAIL_BACKEND = FAILING
    message = queue_email(
        "x@example.org", "submission_withdrawn", {"submission": None}, "en", send_now=False
    )
    now = timezone.now()
    send_queued(now=now)
    message.refresh_from_db()
    first_wait = message.next_attempt_at - now
    send_queued(now=message.next_attempt_at)
    message.refresh_from_db()
    assert message.attempts == 2
    assert message.next_attempt_at - now > first_wait
    out = StringIO()
    OutboxEmail.objects.update(next_attempt_at=timezone.now())
    call_command("send_pending_email", stdout=out)
    assert "0 e-mails; 1 failed; 1 still queued" in out.getvalue()


def test_editors_see_the_outbox_with_its_errors(client, send, events_section, settings):
    from tests.factories import UserFactory

    settings.EMAIL_BACKEND = FAILING
    send("/en/events/submit/", event_form())
    client.force_login(UserFactory(username="ed", is_superuser=True, is_staff=True))
    response = client.get("/admin/event_outbox/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "SMTP server unreachable" in html
    assert "/admin/event_outbox/edit/" not in html  # read-only
    export = client.get("/admin/event_submissions/?export=xlsx")
    assert export.status_code == 200
    assert export["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_the_log_names_the_message_not_the_recipient(settings, caplog):
    """Logs outlive the outbox: a refused recipient is logged by outbox id and reply code."""
    settings.EMAIL_BACKEND = "tests.events.mail_backends.RefusingBackend"
    queued = queue_email(
        "anna.virtanen@example.org", "submission_withdrawn", {"submission": None}, send_now=False
    )
    with caplog.at_level(logging.WARNING, logger="events.mail"):
        assert send_queued([queued.pk]) == (0, 1)
    assert f"E-mail {queued.pk} (attempt 1) could not be sent: SMTPRecipientsRefused (550)" in (
        caplog.text
    )
    assert "anna.virtanen" not in caplog.text
    assert "example.org" not in caplog.text
    # Editors still see the server's reply in the outbox, which is purged with the message.
    queued.refresh_from_db()
    assert "Recipient address rejected" in queued.last_error
