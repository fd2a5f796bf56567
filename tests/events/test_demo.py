"""The SID demo: real editions, a translated explainer, and a loader that can run twice."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from events import demo
from events.demo_events import sample_events
from events.importer import check_record, import_context
from events.models import (
    EventPage,
    NationalTheme,
    SaferInternetDay,
    SaferInternetDayIndexPage,
    Slogan,
)

SCRIPTS = {
    "fi": "LATIN",
    "fr": "LATIN",
    "de": "LATIN",
    "pl": "LATIN",
    "el": "GREEK",
    "ar": "ARABIC",
}
FIGURES = {"2004", "2005", "2013", demo.SOURCE}


def letters_script(text):
    scripts = {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}
    return scripts


def test_every_demo_string_is_really_translated_in_the_right_script():
    for source, translations in demo.TRANSLATIONS.items():
        assert set(translations) == set(demo.DEMO_LANGUAGES)
        for code, text in translations.items():
            if source in FIGURES:
                continue
            assert text and text != source, (source, code)
            # Latin names (SafeBorders, Insafe, INHOPE, ConnectSafely) may appear in any script.
            main = letters_script(
                text.replace("SafeBorders", "")
                .replace("ConnectSafely", "")
                .replace("Insafe", "")
                .replace("INHOPE", "")
                .replace("Safer Internet Day", "")
                .replace("SID", "")
            )
            assert SCRIPTS[code] in main, (source, code, main)


def test_demo_editions_are_the_real_ones():
    dates = {year: day.isoformat() for year, (day, _slogan, _p) in demo.EDITIONS.items()}
    assert dates == {
        2017: "2017-02-07",
        2018: "2018-02-06",
        2019: "2019-02-05",
        2020: "2020-02-11",
        2021: "2021-02-09",
        2022: "2022-02-08",
        2023: "2023-02-07",
        2024: "2024-02-06",
        2025: "2025-02-11",
        2026: "2026-02-10",
        2027: "2027-02-09",
    }
    assert [year for year, (_d, _s, provisional) in demo.EDITIONS.items() if provisional] == [2027]


class Out:
    def __init__(self):
        self.created = 0
        self.updated = 0
        self.lines = []

    def step(self, message):
        self.lines.append(message)

    def record(self, created):
        if created:
            self.created += 1
        else:
            self.updated += 1


@pytest.mark.django_db
def test_loader_builds_the_section_and_a_second_run_creates_nothing(
    client, site, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(demo, "DEMO_LANGUAGES", ("fi", "ar"))
    monkeypatch.setattr(demo, "SAMPLE_EVENT_COUNT", 12)
    out = Out()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(out)
    assert SaferInternetDay.objects.count() == 11
    assert Slogan.objects.filter(locale__language_code="en").count() == 3
    assert out.created == 3 + 11 + 1 + 1 + 12
    assert EventPage.objects.count() == 12
    assert not EventPage.objects.filter(alias_of__isnull=False).exists()
    assert all(EventPage.objects.values_list("is_sample", flat=True))
    assert "Tapahtumat" in client.get("/fi/events/").content.decode()

    finnish = client.get("/fi/safer-internet-day/2026/").content.decode()
    assert "Yhdessä parempi internet" in finnish
    assert "Turvallisemman internetin päivä 2026" in finnish
    arabic = client.get("/ar/safer-internet-day/").content.decode()
    assert 'dir="rtl"' in arabic
    assert "يوم الإنترنت الأكثر أمانًا" in arabic
    assert "معًا من أجل إنترنت أفضل" in arabic
    english = client.get("/en/safer-internet-day/").content.decode()
    assert "SafeBorders" in english and "ConnectSafely" in english and "180" in english
    uk_2025 = client.get("/en/safer-internet-day/2025/").content.decode()
    assert "Too good to be true? Protecting yourself and others from scams online" in uk_2025

    models = (SaferInternetDay, Slogan, NationalTheme, SaferInternetDayIndexPage, EventPage)
    counts = [model.objects.count() for model in models]
    again = Out()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(again)
    assert again.created == 0
    assert [model.objects.count() for model in models] == counts
    assert any("(0 created, 0 updated, 12 unchanged)" in line for line in again.lines)
    assert "Yhdessä parempi internet" in client.get("/fi/safer-internet-day/2026/").content.decode()


def test_sample_events_cover_editions_countries_modes_and_languages():
    events = sample_events()
    assert len(events) >= 200
    assert {event.edition_year for event in events} == set(range(2017, 2028))
    assert sum(1 for event in events if event.edition_year == 2027) >= 30
    assert {event.attendance_mode for event in events} == {"in-person", "online", "mixed"}
    assert len({event.language for event in events}) >= 8
    assert len({event.country for event in events}) >= 15
    assert {"cancelled", "postponed", "moved-online"} <= {event.status for event in events}
    assert len({event.external_id for event in events}) == len(events)
    for event in events:
        assert event.organiser_website.startswith("https://")
        assert ".example.org" in event.organiser_website  # made up, and says so
        assert event.organiser_email.endswith(".example.org")
    assert sample_events() == events  # the same every run


@pytest.mark.django_db
def test_every_sample_event_passes_the_import_checks(events_section, editions):
    """All the sample events, not just the few the demo test loads, are events an import
    would accept: the model's rules, and the countries, audiences, languages and editions
    a CSV row is checked against."""
    context = import_context()
    problems = {}
    for sample in sample_events():
        record = demo.sample_record(sample)
        errors = check_record(record, context)
        if record.country not in context["countries"]:
            errors.setdefault("country", []).append(record.country)
        for slug in set(record.audiences) - set(context["audiences"]):
            errors.setdefault("audiences", []).append(slug)
        for code in set(record.languages) - set(context["languages"]):
            errors.setdefault("languages", []).append(code)
        if record.edition_year not in context["editions"]:
            errors.setdefault("edition_year", []).append(record.edition_year)
        try:
            validate_email(record.organiser_email)
        except ValidationError as error:
            errors.setdefault("organiser_email", []).extend(error.messages)
        if errors:
            problems[record.external_id] = errors
    assert problems == {}
