"""Helpers for the organiser and registration tests: form data, signed form tokens, and the
private links found in e-mails."""

import re
import time

from django.core import mail
from django.utils import translation
from django.utils.html import escape

from events.links import form_started_token

LINK = re.compile(r"https?://\S+")


def started(age=30):
    """A form token as if the form had been shown `age` seconds ago."""
    return form_started_token(now=time.time() - age)


def event_form(**overrides):
    data = {
        "organiser_name": "Koivikon koulu",
        "contact_name": "Maija Meikäläinen",
        "contact_email": "maija@koivikko.example.org",
        "title": "Turvallinen netti -ilta",
        "description": "Vanhempainilta yksityisyysasetuksista.",
        "start_date": "2030-02-12",
        "start_time": "18:00",
        "end_date": "2030-02-12",
        "end_time": "19:30",
        "time_zone": "Europe/Helsinki",
        "attendance_mode": "in-person",
        "venue_name": "Koivikon koulu",
        "street_address": "Koulukatu 1",
        "city": "Tampere",
        "country": "FI",
        "online_url": "",
        "organiser_website": "https://koivikko.example.org/",
        "audiences": ["parents-carers"],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": "2",
        "consent": "on",
        "homepage": "",
        "started": started(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def messages_to(address):
    return [message for message in mail.outbox if address in message.to]


def link_in(message, part):
    """The first link in an e-mail whose address contains `part`, as a path."""
    for url in LINK.findall(message.body):
        if part in url:
            return re.sub(r"^https?://[^/]+", "", url)
    raise AssertionError(f"no link with {part!r} in:\n{message.body}")


def finnish(message, plural=None, count=None, html=True, **values):
    """What a reader of the Finnish pages sees for an interface string: the catalog's Finnish
    text, filled in and (for pages) HTML-escaped. Fails if the catalog has no Finnish for it,
    so a test cannot pass on an English fallback."""
    with translation.override("fi"):
        if plural:
            text = translation.ngettext(message, plural, count)
        else:
            text = translation.gettext(message)
    assert text not in (message, plural), f"no Finnish translation of {message!r}"
    if values:
        text = text % values
    return escape(text) if html else text
