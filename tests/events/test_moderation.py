"""Editors moderate organisers' events in the Wagtail admin: a queue, a review page,
approve (a live EventPage revision in the organiser's language and edition) or reject,
each with a message to the organiser; an edit through the private link goes back to the
queue without touching the published page until it is approved."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from wagtail.models import PageLogEntry, Revision

from events.models import (
    EventPage,
    EventStatus,
    EventSubmission,
    OrganiserContact,
    SubmissionStatus,
)
from tests.factories import UserFactory

from .organisers import event_form, finnish, link_in, messages_to, started

pytestmark = pytest.mark.django_db

ORGANISER = "maija@koivikko.example.org"


@pytest.fixture
def editor(db):
    return UserFactory(
        username="editor", email="editor@hub.example.org", is_superuser=True, is_staff=True
    )


@pytest.fixture
def submitted(send, events_section, editions):
    # Safer Internet Day 2027: the event belongs to that edition.
    send("/fi/events/submit/", event_form(start_date="2027-02-09", end_date="2027-02-09"))
    return EventSubmission.objects.get()


def _review_url(submission):
    return f"/admin/event_submissions/review/{submission.pk}/"


def test_queue_and_review_page(client, editor, submitted):
    client.force_login(editor)
    queue = client.get("/admin/event_submissions/?status=pending")
    assert queue.status_code == 200
    html = queue.content.decode()
    assert "Turvallinen netti -ilta" in html
    assert _review_url(submitted) in html
    review = client.get(_review_url(submitted))
    assert review.status_code == 200
    html = review.content.decode()
    assert ORGANISER in html  # moderators see the private contact
    assert 'value="approve"' in html and 'value="reject"' in html


def test_people_without_the_permission_cannot_moderate(client, submitted):
    user = UserFactory(username="reader", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(_review_url(submitted)).status_code in (302, 403)
    client.post(_review_url(submitted), {"decision": "approve"})
    assert EventSubmission.objects.get().status == SubmissionStatus.PENDING


def test_a_moderators_group_can_moderate(client, send, submitted):
    group = Group.objects.create(name="Event moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="moderate_eventsubmission"),
    )
    user = UserFactory(username="mod", is_staff=True, email="mod@hub.example.org")
    user.groups.add(group)
    client.force_login(user)
    assert client.get("/admin/event_submissions/").status_code == 200
    assert client.get(_review_url(submitted)).status_code == 200
    # New submissions are announced to them too.
    mail.outbox.clear()
    send("/fi/events/submit/", event_form(title="Toinen tapahtuma", started=started()))
    assert messages_to("mod@hub.example.org")


def test_approval_publishes_in_the_organisers_language_and_edition(
    client, send, editor, submitted, editions
):
    client.force_login(editor)
    mail.outbox.clear()
    response = send(
        _review_url(submitted), {"decision": "approve", "message": "Kiitos, julkaistu!"}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    event = EventPage.objects.get()
    assert submitted.status == SubmissionStatus.APPROVED
    assert submitted.event_id == event.pk
    assert event.live and event.locale.language_code == "fi"
    assert event.get_parent().specific.locale.language_code == "fi"
    assert event.edition == editions[2027]
    assert event.capacity == 2 and event.registration_mode == "on-site"
    assert Revision.objects.filter(object_id=str(event.pk)).count() == 1
    assert event.live_revision is not None
    assert OrganiserContact.objects.get(event=event).email == ORGANISER
    assert [lang.code for lang in event.languages.all()] == ["fi"]
    # No untranslated copies of an event in other languages.
    assert EventPage.objects.count() == 1

    (message,) = messages_to(ORGANISER)
    assert "Kiitos, julkaistu!" in message.body
    assert event.url_path.rstrip("/").endswith(event.slug)
    page = client.get(link_in(message, f"/{event.slug}/"))
    assert page.status_code == 200
    assert "Turvallinen netti -ilta" in page.content.decode()
    # Approving twice does nothing more.
    send(_review_url(submitted), {"decision": "approve"})
    assert EventPage.objects.count() == 1


def test_rejection_tells_the_organiser_why(client, send, editor, submitted):
    client.force_login(editor)
    mail.outbox.clear()
    send(_review_url(submitted), {"decision": "reject", "message": "Not a SID event."})
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.REJECTED
    assert not EventPage.objects.exists()
    (message,) = messages_to(ORGANISER)
    assert "Not a SID event." in message.body
    manage = client.get(link_in(message, "/manage/"))
    assert "Not a SID event." in manage.content.decode()


def test_an_edit_goes_back_to_moderation(client, send, editor, submitted):
    client.force_login(editor)
    send(_review_url(submitted), {"decision": "approve"})
    client.logout()
    manage_path = link_in(messages_to(ORGANISER)[0], "/manage/")
    changed = event_form(title="Uusi nimi", started=started(), action="save")
    response = send(manage_path, changed)
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.PENDING
    assert submitted.title == "Uusi nimi"
    event = EventPage.objects.get()
    assert event.title == "Turvallinen netti -ilta"  # unchanged until approved
    pending = (
        "Your changes are waiting for moderation; the published event is unchanged until then."
    )
    assert finnish(pending) in client.get(manage_path).content.decode()

    client.force_login(editor)
    send(_review_url(submitted), {"decision": "approve"})
    event = EventPage.objects.get()
    assert event.title == "Uusi nimi"
    assert Revision.objects.filter(object_id=str(event.pk)).count() == 2
    assert EventPage.objects.count() == 1


def test_an_edit_with_bad_input_changes_nothing(client, send, submitted):
    manage_path = link_in(messages_to(ORGANISER)[0], "/manage/")
    response = send(manage_path, event_form(title="<b>x</b>", started=started(), action="save"))
    assert response.status_code == 400
    submitted.refresh_from_db()
    assert submitted.title == "Turvallinen netti -ilta"


def test_the_organiser_withdraws_a_published_event(client, send, editor, submitted):
    client.force_login(editor)
    send(_review_url(submitted), {"decision": "approve"})
    client.logout()
    manage_path = link_in(messages_to(ORGANISER)[0], "/manage/")
    send(manage_path, {"action": "withdraw"})
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.WITHDRAWN
    event = EventPage.objects.get()
    assert event.status == EventStatus.CANCELLED and event.live
    assert PageLogEntry.objects.filter(page=event, action="wagtail.publish").count() == 2


def test_registrants_hear_when_the_organiser_withdraws(client, send, editor, submitted):
    client.force_login(editor)
    send(_review_url(submitted), {"decision": "approve"})
    client.logout()
    manage_path = link_in(messages_to(ORGANISER)[0], "/manage/")
    event = EventPage.objects.get()
    for name in ("anna", "bea"):
        form = {"name": name.title(), "email": f"{name}@example.org", "consent": "on"}
        response = send(f"/fi/events/{event.slug}/register/", {**form, "started": started()})
        assert response.status_code == 200
    mail.outbox.clear()
    send(manage_path, {"action": "withdraw"})
    for address in ("anna@example.org", "bea@example.org"):
        (message,) = messages_to(address)
        # Each registrant hears in the language they registered in.
        assert message.subject == f"{finnish('Event cancelled', html=False)}: {submitted.title}"
        assert finnish("The organiser has cancelled this event.", html=False) in message.body
        assert "/registration/" in message.body


def test_wagtails_editors_group_moderates_events(client, submitted):
    group = Group.objects.get(name="Editors")
    assert group.permissions.filter(codename="moderate_eventsubmission").exists()
    user = UserFactory(username="ed2", is_staff=True, email="ed2@hub.example.org")
    user.groups.add(group)
    client.force_login(user)
    assert client.get(_review_url(submitted)).status_code == 200
    assert client.get("/admin/event_registrations/").status_code == 200


def test_an_event_in_a_language_without_its_own_section_translation(
    client, send, editor, events_section
):
    """Arabic has only the untranslated copy of the events section: the event goes under
    it, in the Arabic tree, and is served at /ar/events/<slug>/."""
    from .conftest import section_in

    assert section_in("ar").alias_of_id is not None or section_in("ar").live
    send("/ar/events/submit/", event_form(title="أمسية الإنترنت الآمن", started=started()))
    submission = EventSubmission.objects.get()
    assert submission.language_code == "ar"
    client.force_login(editor)
    send(_review_url(submission), {"decision": "approve"})
    event = EventPage.objects.get()
    assert event.locale.language_code == "ar"
    assert event.get_parent().id == section_in("ar").id
    response = client.get(event.url)
    assert response.status_code == 200
    assert event.url.startswith("/ar/events/")
    assert 'dir="rtl"' in response.content.decode()
