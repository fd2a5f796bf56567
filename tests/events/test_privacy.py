"""An organiser's contact e-mail stays private: not in pages, listings, calendars, the API,
search results or page revisions."""

import importlib
import json

import pytest
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Revision

from events.models import EventPage, OrganiserContact

from .conftest import section_in
from .factories import make_event

pytestmark = pytest.mark.django_db

SECRET = "private-organiser@school.example.org"


@pytest.fixture
def event_with_contact(events_section):
    event = make_event(section_in("fi"), slug="private", contact_email=SECRET)
    # An edit after the contact exists: a new revision, published.
    page = EventPage.objects.get(pk=event.pk)
    page.description = "Updated description."
    page.save_revision().publish()
    return event


@pytest.mark.parametrize(
    "url",
    [
        "/fi/events/private/",
        "/fi/events/private/calendar/",
        "/en/events/",
        "/fr/events/?country=fi",
        "/en/events/calendar/",
        "/fi/search/?q=Koivikon",
        "/api/v2/pages/?type=events.EventPage&fields=*",
        "/sitemap.xml",
    ],
)
def test_contact_email_is_in_no_public_response(client, event_with_contact, url):
    response = client.get(url)
    assert response.status_code == 200, url
    content = response.content.decode()
    assert SECRET not in content
    assert "school.example.org" not in content


def test_contact_email_is_not_in_the_api_detail(client, event_with_contact):
    response = client.get(f"/api/v2/pages/{event_with_contact.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["organiser_name"] == "Koivikon koulu (sample)"
    assert SECRET not in json.dumps(data)
    assert "organiser_contact" not in data


def test_contact_email_is_kept_out_of_revisions(event_with_contact):
    assert OrganiserContact.objects.get(event=event_with_contact).email == SECRET
    revisions = Revision.page_revisions.filter(object_id=str(event_with_contact.pk))
    assert revisions.count() >= 2
    for revision in revisions:
        assert SECRET not in json.dumps(revision.content)


def test_admin_history_from_before_the_fix_names_no_one(event_with_contact):
    """Log entries written while labels named the contact are relabelled by a migration."""
    from django.apps import apps

    relabel = importlib.import_module(
        "events.migrations.0007_log_entries_without_personal_data"
    ).relabel
    contact = OrganiserContact.objects.get(event=event_with_contact)
    log(contact, "wagtail.edit", title=f"Organiser <{SECRET}>")
    gone = OrganiserContact.objects.create(
        event=make_event(section_in("fi"), slug="gone"), email=SECRET
    )
    log(gone, "wagtail.create", title=SECRET)
    gone_pk = gone.pk
    gone.delete()
    relabel(apps, None)
    assert sorted(ModelLogEntry.objects.values_list("label", flat=True)) == sorted(
        [f"Contact for “{event_with_contact.title}”", f"organiser contact {gone_pk}"]
    )
