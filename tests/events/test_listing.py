"""/<lang>/events/: events of every language, filters with honest counts, bad input that
never breaks the page, and a number of queries that does not grow with the events."""

import re
from datetime import date, time

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from directory.models import Country
from events.listing import search_events
from events.models import AttendanceMode, EventIndexPage, EventPage, EventStatus

from .conftest import section_in
from .factories import EditionFactory, make_event

pytestmark = pytest.mark.django_db


def main_html(response):
    body = response.content.decode()
    main = body[body.index("<main") : body.index("</main>")]
    return re.sub("[\u2009\u202f\xa0]", " ", main)


@pytest.fixture
def catalogue(events_section):
    """Five events in four languages: four upcoming (2030), one past (2025)."""
    EditionFactory(year=2025, date=date(2025, 2, 11))
    EditionFactory(year=2030, date=date(2030, 2, 12))
    gb = Country.objects.get(code="GB")
    return {
        "tampere": make_event(
            section_in("fi"),
            title="Vanhempainilta Tampereella",
            slug="tampere",
            audiences=["parents-carers"],
        ),
        "lyon": make_event(
            section_in("fr"),
            title="Webinaire pour les enseignants",
            slug="lyon",
            time_zone="Europe/Paris",
            attendance_mode=AttendanceMode.ONLINE,
            online_url="https://visio.example.org/lyon",
            city="",
            venue_name="",
            country=Country.objects.get(code="FR"),
            start_date=date(2030, 2, 13),
            end_date=date(2030, 2, 13),
            audiences=["teachers-educators"],
        ),
        "leeds": make_event(
            section_in("en"),
            title="Youth panel in Leeds",
            slug="leeds",
            time_zone="Europe/London",
            attendance_mode=AttendanceMode.MIXED,
            online_url="https://meet.example.org/leeds",
            city="Leeds",
            country=gb,
            audiences=["young-people", "parents-carers"],
            languages=["en", "pl"],
        ),
        "past": make_event(
            section_in("en"),
            title="Assembly in Cardiff",
            slug="cardiff-2025",
            time_zone="Europe/London",
            city="Cardiff",
            country=gb,
            start_date=date(2025, 2, 11),
            end_date=date(2025, 2, 11),
            audiences=["children"],
        ),
        "koeln": make_event(
            section_in("de"),
            title="Elternabend in Köln",
            slug="koeln",
            time_zone="Europe/Berlin",
            city="Köln",
            country=Country.objects.get(code="DE"),
            status=EventStatus.CANCELLED,
            start_date=date(2030, 2, 14),
            end_date=date(2030, 2, 14),
        ),
    }


def results_for(query, language="en"):
    with translation.override(language):
        return search_events(QueryDict(query), language_code=language)


def counts(results, facet):
    return {
        option.value: option.count
        for f in results.facets
        if f.name == facet
        for option in f.options
    }


def test_listing_shows_upcoming_events_of_every_language_soonest_first(client, catalogue):
    results = results_for("")
    assert [event.slug for event in results.events] == ["tampere", "leeds", "lyon", "koeln"]
    assert results.result_count == 4
    assert results.when_counts == {"upcoming": 4, "past": 1}
    main = main_html(client.get("/pl/events/"))
    for slug, code in (("tampere", "fi"), ("leeds", "en"), ("lyon", "fr"), ("koeln", "de")):
        assert f'href="/{code}/events/{slug}/"' in main
    assert "cardiff-2025" not in main
    assert "?when=past" in main


def test_past_events(client, catalogue):
    results = results_for("when=past")
    assert [event.slug for event in results.events] == ["cardiff-2025"]
    main = main_html(client.get("/en/events/?when=past"))
    assert 'href="/en/events/cardiff-2025/"' in main
    assert "Past events" in main


def test_facet_counts_apply_every_other_filter(catalogue):
    results = results_for("")
    assert counts(results, "country") == {"fi": 1, "fr": 1, "gb": 1, "de": 1}
    assert counts(results, "mode") == {"in-person": 2, "online": 1, "mixed": 1}
    assert counts(results, "language") == {"fi": 1, "fr": 1, "en": 1, "pl": 1, "de": 1}
    assert counts(results, "audience")["parents-carers"] == 2
    assert counts(results, "edition") == {"2030": 4}

    in_person = results_for("mode=in-person")
    assert {event.slug for event in in_person.events} == {"tampere", "koeln"}
    # Its own facet still shows the other choices with what they would give…
    assert counts(in_person, "mode") == {"in-person": 2, "online": 1, "mixed": 1}
    # …other facets count only in-person events (countries without any drop out).
    assert counts(in_person, "country") == {"fi": 1, "de": 1}

    two_modes = results_for("mode=in-person&mode=online&country=FR")
    assert [event.slug for event in two_modes.events] == ["lyon"]
    assert counts(two_modes, "country")["fr"] == 1

    by_language = results_for("language=pl")
    assert [event.slug for event in by_language.events] == ["leeds"]
    by_audience = results_for("audience=parents-carers&edition=2030")
    assert {event.slug for event in by_audience.events} == {"tampere", "leeds"}
    past_edition = results_for("edition=2025&when=past")
    assert [event.slug for event in past_edition.events] == ["cardiff-2025"]


def test_counts_are_shown_to_readers(client, catalogue):
    main = main_html(client.get("/en/events/?mode=in-person"))
    assert re.search(r"Online <span class=\"filter-facet__count\">\(1", main)
    assert re.search(r"In person <span class=\"filter-facet__count\">\(2", main, re.I)
    assert "2 results" in main
    assert "Mode" in main or "Attendance" in main


def test_search_words(catalogue):
    assert [e.slug for e in results_for("q=tampereella").events] == ["tampere"]
    assert [e.slug for e in results_for("q=youth+leeds").events] == ["leeds"]
    assert results_for("q=nothing+like+this").events == []


@pytest.mark.parametrize(
    "query",
    [
        "page=x",
        "page=-4",
        "page=99999999999",
        "edition=abc&edition=1999",
        "country=zz&country=<script>",
        "mode=teleport",
        "when=yesterday",
        "language=xx&audience=aliens",
        "q=" + "a" * 10_000,
        "q=" + "%00%ff" * 50,
        "country=" + "fi&country=" * 200,
    ],
)
def test_bad_input_gives_a_normal_page(client, catalogue, query):
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 200
    assert "<h1>Events</h1>" in response.content.decode()


def test_too_long_search_is_cut_and_said_so(client, catalogue):
    main = main_html(client.get("/en/events/?q=" + "tampereella " * 50))
    assert "Only the first words of your search were used." in main


def test_unknown_values_are_ignored(catalogue):
    assert [e.slug for e in results_for("country=zz&mode=teleport").events] == [
        e.slug for e in results_for("").events
    ]
    assert results_for("country=zz").active_filters == []


def test_filters_can_be_removed_one_by_one(client, catalogue):
    results = results_for("country=fi&mode=in-person")
    removals = {f.value: f.remove_url for f in results.active_filters}
    assert removals == {"fi": "?mode=in-person", "in-person": "?country=fi"}


def test_country_overview_has_a_table_with_the_same_numbers(client, catalogue):
    # A country outside Europe gets a tile below the European ones, and a table row.
    make_event(
        section_in("en"),
        title="Webinar from Chicago",
        slug="chicago",
        time_zone="America/Chicago",
        city="Chicago",
        country=Country.objects.get(code="US"),
    )
    main = main_html(client.get("/fr/events/"))
    svg = main[main.index("<svg") : main.index("</svg>")]
    assert 'aria-hidden="true"' in svg
    assert '<a href="?country=fi" tabindex="-1">' in svg
    assert "<title>Finlande : 1</title>" in svg or "<title>Finlande: 1</title>" in svg
    table = main[main.index('<caption id="event-map-caption">') :]
    assert '<a href="?country=fi">Finlande</a></th><td>1</td>' in table
    assert '<a href="?country=de">Allemagne</a></th><td>1</td>' in table
    assert '<a href="?country=us" tabindex="-1">' in svg
    assert "<title>États-Unis : 1</title>" in svg or "<title>États-Unis: 1</title>" in svg
    assert '<a href="?country=us">États-Unis</a></th><td>1</td>' in table


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def _add_events(parent, count, start_index):
    """Many events quickly: published pages without revisions (a bulk import's result)."""
    for number in range(start_index, start_index + count):
        event = EventPage(
            title=f"Workshop {number}",
            slug=f"workshop-{number}",
            description="A workshop.",
            start_date=date(2030, 2, 12),
            start_time=time(9 + number % 8, 0),
            end_date=date(2030, 2, 12),
            end_time=time(18, 0),
            time_zone="Europe/Helsinki",
            attendance_mode=AttendanceMode.IN_PERSON if number % 3 else AttendanceMode.ONLINE,
            online_url="https://meet.example.org/w",
            city="Oulu",
            country_id="FI" if number % 2 else "SE",
            organiser_name=f"School {number % 17}",
        )
        parent.add_child(instance=event)


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/",
        "/fr/events/?mode=in-person&country=fi&language=fi&audience=children&q=workshop",
        "/en/events/?when=past&page=3",
        "/en/events/calendar/?country=fi",
        "/en/safer-internet-day/2030/",
    ],
)
def test_queries_are_the_same_for_10_and_500_events(client, events_section, sid_section, url):
    EditionFactory(year=2030, date=date(2030, 2, 12))
    _add_events(section_in("en"), 6, 0)
    _add_events(section_in("fi"), 4, 6)
    client.get(url)  # warm the per-process caches (site root paths, menus)
    few, response = _queries(client, url)
    _add_events(section_in("en"), 300, 10)
    _add_events(section_in("fi"), 190, 310)
    assert EventPage.objects.count() == 500
    many, response = _queries(client, url)
    assert many == few, f"{url}: {few} queries with 10 events, {many} with 500"
    assert few <= 45


def test_listing_is_paginated(client, events_section):
    _add_events(section_in("en"), 45, 0)
    main = main_html(client.get("/en/events/?page=3"))
    assert main.count('class="card event-card') == 5
    assert 'aria-current="page"><span class="visually-hidden">Page </span>3' in main
    first = main_html(client.get("/en/events/?page=1&country=fi"))
    assert 'href="?page=2&amp;country=fi"' in first or 'href="?country=fi&amp;page=2"' in first


def test_sections_keep_their_slug_in_every_language(events_section):
    assert set(EventIndexPage.objects.values_list("slug", flat=True)) == {"events"}
    assert EventIndexPage.objects.count() == 28
