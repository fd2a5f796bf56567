"""Factories for Safer Internet Day editions and pages. Slogans are made in English (the
source locale) and translated through wagtail-localize."""

from datetime import date, time

import factory
import wagtail_factories
from django.conf import settings
from wagtail.models import Locale

from directory.models import Country
from events.models import (
    AttendanceMode,
    Audience,
    EventIndexPage,
    EventPage,
    Language,
    NationalTheme,
    OrganiserContact,
    SaferInternetDay,
    SaferInternetDayIndexPage,
    Slogan,
)


def english():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class SloganFactory(factory.django.DjangoModelFactory):
    text = "Together for a better internet"
    locale = factory.LazyFunction(english)

    class Meta:
        model = Slogan
        django_get_or_create = ("text", "locale")


class EditionFactory(factory.django.DjangoModelFactory):
    year = factory.Sequence(lambda n: 2004 + n)
    date = factory.LazyAttribute(lambda edition: date(edition.year, 2, 10))
    global_slogan = factory.SubFactory(SloganFactory)
    is_provisional = False

    class Meta:
        model = SaferInternetDay
        django_get_or_create = ("year",)


class NationalThemeFactory(factory.django.DjangoModelFactory):
    edition = factory.SubFactory(EditionFactory)
    country_code = "GB"
    theme = "Too good to be true? Protecting yourself and others from scams online"
    language = "en"

    class Meta:
        model = NationalTheme


class SaferInternetDayIndexPageFactory(wagtail_factories.PageFactory):
    title = "Safer Internet Day"
    slug = "safer-internet-day"
    intro = "Every February, schools and families spend a day working for a better internet."

    class Meta:
        model = SaferInternetDayIndexPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    intro = "Safer Internet Day events from every country and in every language."

    class Meta:
        model = EventIndexPage


def make_event(parent, *, publish=True, audiences=(), languages=(), contact_email="", **fields):
    """An event under `parent` (an events section; the event takes its language), published
    through a revision as editors do. Returns the live EventPage."""
    values = {
        "title": "Safer Internet Day workshop",
        "description": "A workshop for parents on privacy settings.",
        "start_date": date(2030, 2, 12),
        "start_time": time(10, 0),
        "end_date": date(2030, 2, 12),
        "end_time": time(12, 30),
        "time_zone": "Europe/Helsinki",
        "attendance_mode": AttendanceMode.IN_PERSON,
        "venue_name": "Koivikon koulu",
        "city": "Tampere",
        "country": Country.objects.get(code="FI"),
        "organiser_name": "Koivikon koulu (sample)",
        "organiser_website": "https://koivikko.example.org/",
        **fields,
    }
    event = EventPage(**values)
    if audiences:
        event.audiences = list(Audience.objects.filter(slug__in=audiences))
    if languages:
        event.languages = list(Language.objects.filter(code__in=languages))
    parent.add_child(instance=event)
    if publish:
        event.save_revision().publish()
        event.refresh_from_db()
    if contact_email:
        OrganiserContact.objects.create(event=event, email=contact_email, name="Organiser")
    return event
