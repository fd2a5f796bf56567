"""Nobody's personal data outlives its purpose: `purge_personal_data` deletes registrations,
organiser contacts and old e-mails a set time after each event, or everything about one
person on request; and no revision, log entry or translation source ever holds it."""

import json
from datetime import date, time, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail_localize.models import StringSegment, TranslationSource

from events.links import new_key
from events.mail import queue_email
from events.models import (
    EventPage,
    EventSubmission,
    OrganiserContact,
    OutboxEmail,
    Registration,
    RegistrationStatus,
)
from tests.factories import UserFactory

from .conftest import section_in
from .factories import make_event
from .organisers import event_form, messages_to, started

pytestmark = pytest.mark.django_db

ORGANISER = "maija@koivikko.example.org"


def register(send, event, name, email):
    return send(
        f"/{event.locale.language_code}/events/{event.slug}/register/",
        {"name": name, "email": email, "consent": "on", "started": started()},
    )


def _event_on(day, slug, **fields):
    return make_event(
        section_in("en"),
        slug=slug,
        start_date=day,
        end_date=day,
        start_time=time(10, 0),
        end_time=time(12, 0),
        registration_mode="on-site",
        capacity=1,
        **fields,
    )


@pytest.fixture
def past_and_future(send, events_section):
    today = timezone.localdate()
    past = _event_on(today - timedelta(days=40), "past", contact_email="old@school.example.org")
    recent = _event_on(today - timedelta(days=5), "recent", contact_email="new@school.example.org")
    # Registrations taken while the events were still ahead, and their sent e-mails.
    for event in (past, recent):
        for name in ("anna", "bea"):
            address = f"{name}-{event.slug}@example.org"
            Registration.objects.create(
                event=event,
                name=name.title(),
                email=address,
                status=RegistrationStatus.CONFIRMED,
                link_key=new_key(),
            )
            queue_email(address, "submission_withdrawn", {"submission": None}, send_now=False)
    OutboxEmail.objects.update(
        created_at=timezone.now() - timedelta(days=41), sent_at=timezone.now()
    )
    return past, recent


def test_purge_deletes_what_belongs_to_events_long_over(past_and_future, settings):
    past, recent = past_and_future
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    # Admin history written before labels stopped naming people, for both events.
    for event in (past, recent):
        log(event.organiser_contact, "wagtail.edit", title=event.organiser_contact.email)
        for registration in event.registrations.all():
            log(registration, "wagtail.edit", title=registration.email)
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    output = out.getvalue()
    assert "events 1/1" in output  # progress
    assert "Deleted 2 registrations, 1 organiser contacts" in output
    assert "3 log entries" in output
    labels = set(ModelLogEntry.objects.values_list("label", flat=True))
    assert labels == {"new@school.example.org", "anna-recent@example.org", "bea-recent@example.org"}
    assert not Registration.objects.filter(event=past).exists()
    assert not OrganiserContact.objects.filter(event=past).exists()
    assert Registration.objects.filter(event=recent).count() == 2
    assert OrganiserContact.objects.filter(event=recent).exists()
    # The events themselves stay; old e-mails (with names and links) are gone.
    assert EventPage.objects.filter(pk=past.pk, live=True).exists()
    assert not OutboxEmail.objects.exists()
    # Again: nothing left to delete.
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Deleted 0 registrations, 0 organiser contacts" in out.getvalue()


def test_retention_is_a_setting_and_an_option(past_and_future, settings):
    past, recent = past_and_future
    settings.PERSONAL_DATA_RETENTION_DAYS = 60
    call_command("purge_personal_data", stdout=StringIO())
    assert Registration.objects.filter(event=past).count() == 2
    out = StringIO()
    call_command("purge_personal_data", "--days", "1", "--dry-run", stdout=out)
    assert "Would delete 4 registrations, 2 organiser contacts" in out.getvalue()
    assert Registration.objects.count() == 4
    call_command("purge_personal_data", "--days", "1", stdout=StringIO())
    assert not Registration.objects.exists() and not OrganiserContact.objects.exists()
    with pytest.raises(CommandError):
        call_command("purge_personal_data", "--days", "-1")


def test_erasing_one_person_frees_their_place(
    send, events_section, django_capture_on_commit_callbacks
):
    event = _event_on(date(2030, 2, 12), "talk")
    register(send, event, "Anna", "anna@example.org")
    register(send, event, "Bea", "bea@example.org")
    other = _event_on(date(2030, 3, 1), "other")
    register(send, other, "Anna", "ANNA@example.org")
    mail.outbox.clear()
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_personal_data", "--email", "Anna@Example.org", stdout=out)
    assert "Deleted 2 registrations" in out.getvalue()
    assert not Registration.objects.filter(email__iexact="anna@example.org").exists()
    assert not OutboxEmail.objects.filter(to__iexact="anna@example.org").exists()
    # Bea was waiting: she has the place now, and was told.
    assert Registration.objects.get(email="bea@example.org").status == RegistrationStatus.CONFIRMED
    assert messages_to("bea@example.org")
    with pytest.raises(CommandError):
        call_command("purge_personal_data", "--email", "not an address")


def test_erasing_an_organiser(client, send, events_section):
    send("/en/events/submit/", event_form())
    editor = UserFactory(username="ed", is_superuser=True, is_staff=True)
    client.force_login(editor)
    submission = EventSubmission.objects.get()
    send(f"/admin/event_submissions/review/{submission.pk}/", {"decision": "approve"})
    call_command("purge_personal_data", "--email", ORGANISER, stdout=StringIO())
    submission.refresh_from_db()
    assert submission.contact_email == "" and submission.contact_name == ""
    assert not OrganiserContact.objects.exists()
    assert not OutboxEmail.objects.filter(to=ORGANISER).exists()
    assert EventPage.objects.get().live  # the public event stays


CONTACTS_URL = "/admin/snippets/events/organisercontact/"


def _stored_texts():
    """Everything Wagtail and wagtail-localize keep about pages and admin actions."""
    stored = [json.dumps(r.content, ensure_ascii=False) for r in Revision.objects.all()]
    for entry in [*PageLogEntry.objects.all(), *ModelLogEntry.objects.all()]:
        stored.append(json.dumps(entry.data, ensure_ascii=False) + entry.label)
    stored += [s.content_json for s in TranslationSource.objects.all()]
    stored += list(StringSegment.objects.values_list("string__data", flat=True))
    return stored


def _assert_kept_nowhere(secrets):
    stored = _stored_texts()
    assert len(stored) > 3
    for secret in secrets:
        assert not any(secret in text for text in stored), secret


def test_no_revision_log_entry_or_translation_source_keeps_personal_data(
    client, send, events_section, django_capture_on_commit_callbacks
):
    send("/en/events/submit/", event_form(contact_name="Maija Meikäläinen"))
    editor = UserFactory(username="ed", is_superuser=True, is_staff=True)
    client.force_login(editor)
    submission = EventSubmission.objects.get()
    send(f"/admin/event_submissions/review/{submission.pk}/", {"decision": "approve"})
    event = EventPage.objects.get()
    register(send, event, "Registrant Person", "registrant@example.org")
    # An editor edits and republishes; the page is also made a translation source.
    page = EventPage.objects.get(pk=event.pk)
    page.description = "Edited by an editor."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=editor, log_action=True).publish(user=editor)
    TranslationSource.get_or_create_from_instance(page)
    # An editor corrects the organiser's contact, and adds one for an event they imported.
    contact = OrganiserContact.objects.get(event=event)
    fixed = {"event": event.pk, "name": "Maija Virtanen", "phone": "", "email": "mv@ko.example"}
    response = client.post(f"{CONTACTS_URL}edit/{contact.pk}/", fixed)
    assert response.status_code == 302, response.context["form"].errors
    other = make_event(section_in("en"), slug="imported", title="Imported talk")
    added = {"event": other.pk, "name": "Olli Opettaja", "phone": "", "email": "olli@ko.example"}
    response = client.post(f"{CONTACTS_URL}add/", added)
    assert response.status_code == 302, response.context["form"].errors
    # The admin keeps a history of both, naming the events, not the people.
    history = ModelLogEntry.objects.filter(content_type__model="organisercontact").values_list(
        "action", "label"
    )
    assert set(history) == {
        ("wagtail.edit", f"Contact for “{event.title}”"),
        ("wagtail.create", "Contact for “Imported talk”"),
    }
    assert "Contact for “Imported talk”" in client.get(CONTACTS_URL).content.decode()

    secrets = [
        ORGANISER,
        "Maija Meikäläinen",
        "registrant@example.org",
        "Registrant Person",
        "Maija Virtanen",
        "mv@ko.example",
        "Olli Opettaja",
        "olli@ko.example",
    ]
    _assert_kept_nowhere(secrets)
    # And the API and the page do not show them.
    for url in (f"/api/v2/pages/{event.pk}/", event.url):
        assert ORGANISER not in client.get(url).content.decode()

    # Erasing a person takes their contact's admin history with it.
    out = StringIO()
    call_command("purge_personal_data", "--email", "olli@ko.example", stdout=out)
    assert "Deleted 0 registrations, 1 organiser contacts" in out.getvalue()
    assert "1 log entries" in out.getvalue()
    call_command("purge_personal_data", "--email", "mv@ko.example", stdout=StringIO())
    assert not ModelLogEntry.objects.filter(content_type__model="organisercontact").exists()
    _assert_kept_nowhere(secrets)
