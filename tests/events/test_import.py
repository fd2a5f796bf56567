"""import_events: every row checked first, errors with row numbers, all or nothing (or
--skip-invalid), idempotent by external_id, and clear refusals for broken files."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from events.importer import COLUMNS
from events.models import EventPage, EventStatus, OrganiserContact

from .factories import EditionFactory

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).resolve().parents[2] / "events" / "sample_events.csv"

GOOD = {
    "external_id": "fi-2030-001",
    "language": "fi",
    "title": "Vanhempainilta",
    "description": "Ilta vanhemmille.",
    "start": "2030-02-12 18:00",
    "end": "2030-02-12 19:30",
    "time_zone": "Europe/Helsinki",
    "attendance_mode": "in-person",
    "venue_name": "Koivikon koulu",
    "city": "Tampere",
    "country": "FI",
    "organiser_name": "Koivikon koulu (sample)",
    "organiser_email": "ilta@koivikko.example.org",
    "audiences": "parents-carers, teachers-educators",
    "languages": "fi sv",
}


def write_csv(tmp_path, rows, name="events.csv", encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS))
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_events", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def fails(path, *args):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_events", str(path), *args, stdout=out, stderr=err)
    return str(error.value), err.getvalue()


def row(**changes):
    return {**GOOD, **changes}


def test_sample_file_imports_and_a_second_run_changes_nothing(client, events_section):
    EditionFactory(year=2027, date=date(2027, 2, 9), is_provisional=True)
    out, err = run(SAMPLE)
    assert err == ""
    assert "Imported 4 events: 4 created, 0 updated, 0 unchanged" in out
    assert "checked 4/4 rows" in out
    assert EventPage.objects.count() == 4
    finnish = EventPage.objects.get(external_id="example-fi-2027-001")
    assert finnish.locale.language_code == "fi" and finnish.live
    assert finnish.url.startswith("/fi/events/")
    assert sorted(language.code for language in finnish.languages.all()) == ["fi", "sv"]
    assert OrganiserContact.objects.get(event=finnish).email.endswith("example.org")
    cancelled = EventPage.objects.get(external_id="example-en-2027-004")
    assert cancelled.status == EventStatus.CANCELLED
    assert cancelled.edition.year == 2027  # from the start date: the file leaves it empty
    assert client.get(finnish.url).status_code == 200

    out, _err = run(SAMPLE)
    assert "Imported 4 events: 0 created, 0 updated, 4 unchanged" in out
    assert EventPage.objects.count() == 4


def test_reimport_updates_by_external_id(events_section, tmp_path):
    run(write_csv(tmp_path, [row()]))
    event = EventPage.objects.get(external_id="fi-2030-001")
    out, _ = run(write_csv(tmp_path, [row(start="2030-02-12 17:00", status="postponed")]))
    assert "0 created, 1 updated" in out
    updated = EventPage.objects.get(external_id="fi-2030-001")
    assert updated.pk == event.pk
    assert updated.start_time.hour == 17 and updated.status == "postponed"
    assert updated.sequence == event.sequence + 1
    assert EventPage.objects.count() == 1


def test_one_bad_row_means_nothing_is_imported(events_section, tmp_path):
    path = write_csv(
        tmp_path,
        [
            row(external_id="ok-1"),
            row(external_id="ok-2"),
            row(external_id="bad-3", start="2030-02-30 10:00"),
            row(external_id="ok-4"),
        ],
    )
    message, err = fails(path)
    assert "1 of 4 rows have errors" in message and "Nothing was imported" in message
    assert "row 4, start:" in err  # the header is row 1
    assert "is not a date and time like 2027-02-09 10:00" in err
    assert EventPage.objects.count() == 0


def test_skip_invalid_imports_the_good_rows(events_section, tmp_path):
    path = write_csv(
        tmp_path, [row(external_id="ok-1"), row(external_id="bad-2", time_zone="Mars/Olympus")]
    )
    out, err = run(path, "--skip-invalid")
    assert "row 3, time_zone:" in err
    assert "Imported 1 events: 1 created" in out and "1 invalid rows skipped" in out
    assert list(EventPage.objects.values_list("external_id", flat=True)) == ["ok-1"]


def test_dry_run_imports_nothing(events_section, tmp_path):
    out, _ = run(write_csv(tmp_path, [row()]), "--dry-run")
    assert "1 valid, 0 with errors. Nothing imported" in out
    assert not EventPage.objects.exists()


@pytest.mark.parametrize(
    ("changes", "column", "message"),
    [
        ({"start": "12/02/2030 10:00"}, "start", "is not a date and time"),
        ({"end": "tomorrow"}, "end", "is not a date and time"),
        ({"time_zone": "Europe/Atlantis"}, "time_zone", "is not a time zone name"),
        (
            # Clocks go from 03:00 to 04:00 in Helsinki on 31 March 2030.
            {"start": "2030-03-31 03:30", "end": "2030-03-31 05:00"},
            "start",
            "does not exist on 2030-03-31 in Europe/Helsinki",
        ),
        ({"end": "2030-02-12 17:00"}, "end", "must end after it starts"),
        (
            {"attendance_mode": "online", "online_url": "javascript:alert(1)"},
            "online_url",
            "https://",
        ),
        ({"organiser_website": "http://insecure.example.org"}, "organiser_website", "https://"),
        ({"title": "<b>Vanhempainilta</b>"}, "title", "without HTML"),
        ({"description": 'Hi <img src=x onerror="alert(1)">'}, "description", "without HTML"),
        ({"country": "XX"}, "country", "ISO 3166-1"),
        ({"language": "tlh"}, "language", "not a language of this site"),
        ({"attendance_mode": "teleport"}, "attendance_mode", "use one of"),
        ({"audiences": "children, aliens"}, "audiences", "unknown audiences: aliens"),
        ({"external_id": "has spaces"}, "external_id", "no spaces"),
        ({"city": ""}, "city", "Say where the event happens"),
        ({"edition": "1999"}, "edition", "not the year"),
        ({"organiser_email": "not-an-address"}, "organiser_email", "not an e-mail address"),
        ({"title": ""}, "title", "is required"),
        ({"registration_mode": "external"}, "registration_url", "Give the address"),
        ({"registration_mode": "on-site"}, "capacity", "how many people"),
        ({"registration_mode": "on-site", "capacity": "many"}, "capacity", "whole number"),
        ({"end": "2030-04-12 19:30"}, "end", "at most 31 days"),
    ],
)
def test_bad_rows_are_explained(events_section, tmp_path, changes, column, message):
    path = write_csv(
        tmp_path, [row(external_id="ok-1"), row(**{"external_id": "bad-2", **changes})]
    )
    _message, err = fails(path)
    lines = [line for line in err.splitlines() if line.strip().startswith("row 3")]
    assert any(f"row 3, {column}:" in line and message in line for line in lines), err
    assert not EventPage.objects.exists()


def test_duplicate_external_id_in_one_file(events_section, tmp_path):
    _message, err = fails(write_csv(tmp_path, [row(), row(title="Again")]))
    assert "row 3, external_id: “fi-2030-001” is also used in row 2" in err


def test_an_event_cannot_change_language_by_import(events_section, tmp_path):
    run(write_csv(tmp_path, [row()]))
    _message, err = fails(write_csv(tmp_path, [row(language="fr")]))
    assert "already used by an event in “fi”" in err


def test_wrong_encoding_is_refused(events_section, tmp_path):
    path = write_csv(tmp_path, [row(city="Jyväskylä")], encoding="latin-1")
    message, _ = fails(path)
    assert "not UTF-8" in message and "line 2" in message and "Nothing was imported" in message


def test_utf8_with_byte_order_mark_is_fine(events_section, tmp_path):
    path = write_csv(tmp_path, [row(city="Jyväskylä")], encoding="utf-8-sig")
    out, _ = run(path)
    assert "1 created" in out
    assert EventPage.objects.get().city == "Jyväskylä"


def test_a_100_mb_file_is_refused_before_reading(events_section, tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    message, _ = fails(path)
    assert "100.0 MB" in message and "limit is 10 MB" in message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04\x00\x00binary", "NUL bytes"),
        (",".join(COLUMNS).encode() + b"\n", "no events"),
        (
            b"external_id,titel\nx,y\n",
            "Unknown column(s) in row 1: “titel”",
        ),
        (b"external_id,language\nx,fi\n", "Missing required column(s)"),
    ],
)
def test_broken_files_are_refused(events_section, tmp_path, content, message):
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    error, _ = fails(path)
    assert message in error


def test_missing_file(events_section, tmp_path):
    error, _ = fails(tmp_path / "nowhere.csv")
    assert "cannot be read" in error


def test_short_rows_are_reported(events_section, tmp_path):
    path = tmp_path / "short.csv"
    path.write_text(",".join(COLUMNS) + "\nonly,three,cells\n", encoding="utf-8")
    _message, err = fails(path)
    assert "row 2: has 3 cells" in err


def test_on_site_registration_with_places(events_section, tmp_path):
    path = write_csv(tmp_path, [row(registration_mode="on-site", capacity="40")])
    call_command("import_events", str(path), stdout=io.StringIO())
    assert EventPage.objects.get().capacity == 40
