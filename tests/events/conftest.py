from datetime import date

import pytest

from core.locales import sync_all_locales
from core.localize import translate_from_strings

from .factories import (
    EditionFactory,
    EventIndexPageFactory,
    SaferInternetDayIndexPageFactory,
    SloganFactory,
)

FINNISH_SECTION = {
    "Safer Internet Day": "Turvallisemman internetin päivä",
    "Every February, schools and families spend a day working for a better internet.": (
        "Joka helmikuu koulut ja perheet tekevät päivän työtä paremman internetin puolesta."
    ),
}
FINNISH_SLOGAN = {"Together for a better internet": "Yhdessä parempi internet"}

# The real editions: year → (date, slogan, provisional).
REAL_EDITIONS = {
    2017: (date(2017, 2, 7), "Be the change: unite for a better internet", False),
    2018: (
        date(2018, 2, 6),
        "Create, connect and share respect: a better internet starts with you",
        False,
    ),
    2019: (date(2019, 2, 5), "Together for a better internet", False),
    2020: (date(2020, 2, 11), "Together for a better internet", False),
    2021: (date(2021, 2, 9), "Together for a better internet", False),
    2022: (date(2022, 2, 8), "Together for a better internet", False),
    2023: (date(2023, 2, 7), "Together for a better internet", False),
    2024: (date(2024, 2, 6), "Together for a better internet", False),
    2025: (date(2025, 2, 11), "Together for a better internet", False),
    2026: (date(2026, 2, 10), "Together for a better internet", False),
    2027: (date(2027, 2, 9), "Together for a better internet", True),
}


def make_editions(years):
    editions = []
    for year in years:
        day, slogan, provisional = REAL_EDITIONS[year]
        editions.append(
            EditionFactory(
                year=year,
                date=day,
                global_slogan=SloganFactory(text=slogan),
                is_provisional=provisional,
            )
        )
    return editions


@pytest.fixture
def sid_section(site, django_capture_on_commit_callbacks):
    """The /safer-internet-day/ section in every locale, really translated into Finnish."""
    with django_capture_on_commit_callbacks(execute=True):
        page = SaferInternetDayIndexPageFactory(parent=site)
        sync_all_locales()
        translate_from_strings(page, "fi", FINNISH_SECTION)
    return page


@pytest.fixture
def editions(db, django_capture_on_commit_callbacks):
    """The eleven real editions 2017–2027; the common slogan translated into Finnish."""
    made = make_editions(REAL_EDITIONS)
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_strings(SloganFactory(), "fi", FINNISH_SLOGAN)
    return {edition.year: edition for edition in made}


FINNISH_EVENTS = {
    "Events": "Tapahtumat",
    "Safer Internet Day events from every country and in every language.": (
        "Turvallisemman internetin päivän tapahtumia kaikista maista ja kaikilla kielillä."
    ),
}


@pytest.fixture
def events_section(site, django_capture_on_commit_callbacks):
    """/events/ in every locale (untranslated copies), really translated into Finnish."""
    with django_capture_on_commit_callbacks(execute=True):
        page = EventIndexPageFactory(parent=site)
        sync_all_locales()
        translate_from_strings(page, "fi", FINNISH_EVENTS)
    return page


def section_in(language_code):
    from events.models import EventIndexPage

    return EventIndexPage.objects.get(locale__language_code=language_code)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits count in the cache: every test starts with none used. On Redis only this
    worker's rate-limit keys go (clear() would empty the database other workers share)."""
    from django.core.cache import cache

    def forget():
        if hasattr(cache, "delete_pattern"):
            cache.delete_pattern("rl:*")
        else:
            cache.clear()

    forget()
    yield
    forget()


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """POST with the test client and run what waits for the commit (sending e-mail)."""

    def post(url, data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {}, **extra)

    return post
