"""Importing events from a CSV file (the `import_events` command) and saving event records
(the importer and the demo share `save_event`).

The file is checked completely before anything is written: size, encoding (UTF-8, with
or without a byte-order mark), columns, then every row. Errors name the spreadsheet row
(the header is row 1). Nothing is imported when any row is wrong, unless the caller asks
to skip invalid rows. Rows are matched to existing events by `external_id`, so importing
the same file again updates those events instead of adding new ones.

Columns (header names, any order; * = required):

    external_id*        your own stable id for the event, e.g. "fi-2027-0042" (letters,
                        digits and . _ : - ; at most 100 characters)
    language*           the language the event is written in: a site language code such as
                        fi, fr, de; the event appears at /<language>/events/<slug>/
    title*              plain text, at most 255 characters
    description*        plain text, at most 5000 characters; blank lines separate paragraphs
    start*, end*        local date and time where the event happens: 2027-02-09 10:00
    time_zone*          IANA time zone of that local time, e.g. Europe/Helsinki
    attendance_mode*    in-person, online or mixed
    status              scheduled (default), cancelled, postponed or moved-online
    status_note         plain text for readers when plans change
    venue_name, street_address, city
                        where it happens (city required for in-person and mixed events)
    country             ISO 3166-1 alpha-2 code, e.g. FI (required for in-person and mixed)
    accessibility_notes plain text: step-free access, hearing loop …
    online_url          https:// address to join (required for online and mixed events)
    organiser_name*     the school, group or company, as it writes its name
    organiser_website   https:// address
    organiser_email     private: for moderators only, never published
    audiences           any of: children, young-people, parents-carers, teachers-educators,
                        social-workers, policymakers, industry, researchers (separated by
                        spaces, commas or semicolons)
    languages           languages spoken at the event, as codes (default: `language`)
    registration_mode   none (default), external or on-site
    registration_url    https:// address (required when registration_mode is external)
    capacity            places, for registration_mode on-site (required then): a whole number
    edition             Safer Internet Day year, e.g. 2027 (default: the year of `start`)

See events/sample_events.csv for a complete example.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from directory.countries import COUNTRY_ALIASES, is_country_code
from directory.models import Country

from .models import (
    AttendanceMode,
    Audience,
    EventIndexPage,
    EventPage,
    EventStatus,
    Language,
    OrganiserContact,
    RegistrationMode,
    SaferInternetDay,
)

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S")
EXTERNAL_ID = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")
LIST_SEPARATORS = re.compile(r"[\s,;|]+")

REQUIRED_COLUMNS = (
    "external_id",
    "language",
    "title",
    "description",
    "start",
    "end",
    "time_zone",
    "attendance_mode",
    "organiser_name",
)
OPTIONAL_COLUMNS = (
    "status",
    "status_note",
    "venue_name",
    "street_address",
    "city",
    "country",
    "accessibility_notes",
    "online_url",
    "organiser_website",
    "organiser_email",
    "audiences",
    "languages",
    "registration_mode",
    "registration_url",
    "capacity",
    "edition",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

# Page fields an import never sets: only the event's own fields are checked per row.
_TREE_FIELDS = [f.name for f in Page._meta.fields if f.name != "title"] + ["page_ptr"]


class ImportFileError(Exception):
    """The file as a whole cannot be read (size, encoding, columns)."""


@dataclass
class EventRecord:
    """One event as typed values, ready to save."""

    external_id: str
    language: str
    title: str
    description: str
    start_date: date
    start_time: time
    end_date: date
    end_time: time
    time_zone: str
    attendance_mode: str
    organiser_name: str
    status: str = EventStatus.SCHEDULED
    status_note: str = ""
    venue_name: str = ""
    street_address: str = ""
    city: str = ""
    country: str = ""
    accessibility_notes: str = ""
    online_url: str = ""
    organiser_website: str = ""
    organiser_email: str = ""
    audiences: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    registration_mode: str = RegistrationMode.NONE
    registration_url: str = ""
    edition_year: int | None = None
    capacity: int | None = None
    is_sample: bool = False


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class CheckedFile:
    records: list  # [(row number, EventRecord)]
    errors: list  # [RowError]
    row_count: int


# --- Reading the file -------------------------------------------------------------------------


def read_text(path, max_bytes=MAX_FILE_BYTES):
    """The file's text; ImportFileError when it is too big, not UTF-8 or binary."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, io.SEEK_END)
            size = handle.tell()
            if size > max_bytes:
                raise ImportFileError(
                    f"The file is {size / 1024 / 1024:.1f} MB; the limit is "
                    f"{max_bytes / 1024 / 1024:.0f} MB. Split it into smaller files."
                )
            handle.seek(0)
            raw = handle.read()
    except OSError as error:
        raise ImportFileError(f"The file cannot be read: {error.strerror or error}.") from error
    if not raw.strip():
        raise ImportFileError("The file is empty.")
    if b"\x00" in raw:
        raise ImportFileError(
            "The file contains NUL bytes: it is not a CSV text file (is it a spreadsheet "
            "saved as .xlsx, or UTF-16?). Save it as “CSV UTF-8”."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportFileError(
            f"The file is not UTF-8 (byte 0x{raw[error.start]:02x} on line {line}). Save it "
            "as “CSV UTF-8” in your spreadsheet program and try again."
        ) from error


def read_rows(text):
    """(header, [(row number, {column: value})]) with the header checked."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as error:
        raise ImportFileError(f"The header row cannot be read: {error}.") from error
    header = [name.strip().lower() for name in header]
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise ImportFileError(
            "Unknown column(s) in row 1: "
            + ", ".join(f"“{name}”" for name in unknown)
            + ". Known columns: "
            + ", ".join(COLUMNS)
            + "."
        )
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise ImportFileError("Repeated column(s) in row 1: " + ", ".join(duplicates) + ".")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportFileError("Missing required column(s): " + ", ".join(missing) + ".")
    rows = []
    row_number = 1
    try:
        for values in reader:
            row_number += 1
            if not any(value.strip() for value in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    f"More than {MAX_ROWS} events in one file: split it into smaller files."
                )
            if len(values) != len(header):
                rows.append(
                    (row_number, None, f"has {len(values)} cells; the header has {len(header)}")
                )
                continue
            rows.append((row_number, dict(zip(header, values, strict=True)), ""))
    except csv.Error as error:
        raise ImportFileError(f"Row {row_number} cannot be read as CSV: {error}.") from error
    if not rows:
        raise ImportFileError("The file has a header but no events.")
    return header, rows


# --- Checking rows ----------------------------------------------------------------------------


def _datetime(value):
    value = value.strip()
    for pattern in DATETIME_FORMATS:
        try:
            return datetime.strptime(value, pattern)  # noqa: DTZ007 - local wall-clock time
        except ValueError:
            continue
    raise ValidationError(
        f"“{value[:40]}” is not a date and time like 2027-02-09 10:00 (year-month-day hour:minute)."
    )


def _choices(value, allowed, column):
    values = [v for v in LIST_SEPARATORS.split(value.strip().lower()) if v]
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValidationError(
            f"unknown {column}: {', '.join(unknown[:5])}. Use: {', '.join(sorted(allowed))}."
        )
    return list(dict.fromkeys(values))


def parse_row(values, context):
    """An EventRecord from one row's strings; ValidationError({column: [messages]})."""
    errors = {}
    get = {name: (values.get(name) or "").strip() for name in COLUMNS}

    def fail(column, message):
        errors.setdefault(column, []).append(str(message))

    for name in REQUIRED_COLUMNS:
        if not get[name]:
            fail(name, "is required")

    if get["external_id"] and not EXTERNAL_ID.match(get["external_id"]):
        fail(
            "external_id",
            "use at most 100 letters, digits and . _ : - (no spaces)",
        )
    language = get["language"].lower()
    if language and language not in context["languages"]:
        fail("language", f"“{language}” is not a language of this site")
    elif language and language not in context["sections"]:
        fail("language", f"there is no events section in “{language}” yet")
    starts = ends = None
    for column in ("start", "end"):
        if get[column]:
            try:
                parsed = _datetime(get[column])
            except ValidationError as error:
                fail(column, error.messages[0])
            else:
                if column == "start":
                    starts = parsed
                else:
                    ends = parsed
    mode = get["attendance_mode"].lower()
    if mode and mode not in AttendanceMode.values:
        fail("attendance_mode", f"use one of {', '.join(AttendanceMode.values)}")
    status = get["status"].lower() or EventStatus.SCHEDULED
    if status not in EventStatus.values:
        fail("status", f"use one of {', '.join(EventStatus.values)}")
    registration = get["registration_mode"].lower() or RegistrationMode.NONE
    if registration not in RegistrationMode.values:
        fail("registration_mode", f"use one of {', '.join(RegistrationMode.values)}")
    country = get["country"].upper()
    country = COUNTRY_ALIASES.get(country, country)
    if country and not is_country_code(country):
        fail("country", f"“{get['country'][:10]}” is not an ISO 3166-1 alpha-2 code such as FI")
    elif country and country not in context["countries"]:
        fail("country", f"“{country}” is not in the site's country list")
    audiences = languages = []
    try:
        audiences = _choices(get["audiences"], context["audiences"], "audiences")
    except ValidationError as error:
        fail("audiences", error.messages[0])
    try:
        languages = _choices(get["languages"], context["languages"], "languages")
    except ValidationError as error:
        fail("languages", error.messages[0])
    capacity = None
    if get["capacity"]:
        if not get["capacity"].isdigit() or not 1 <= int(get["capacity"]) <= 100_000:
            fail("capacity", "use a whole number of places from 1 to 100000")
        else:
            capacity = int(get["capacity"])
    edition_year = None
    if get["edition"]:
        if not get["edition"].isdigit() or int(get["edition"]) not in context["editions"]:
            fail(
                "edition",
                f"“{get['edition'][:10]}” is not the year of a Safer Internet Day edition here",
            )
        else:
            edition_year = int(get["edition"])
    if get["organiser_email"]:
        try:
            validate_email(get["organiser_email"])
        except ValidationError:
            fail("organiser_email", "is not an e-mail address")
    if errors:
        raise ValidationError(errors)
    return EventRecord(
        external_id=get["external_id"],
        language=language,
        title=get["title"],
        description=values.get("description", "").strip(),
        start_date=starts.date(),
        start_time=starts.time(),
        end_date=ends.date(),
        end_time=ends.time(),
        time_zone=get["time_zone"],
        attendance_mode=mode,
        organiser_name=get["organiser_name"],
        status=status,
        status_note=get["status_note"],
        venue_name=get["venue_name"],
        street_address=get["street_address"],
        city=get["city"],
        country=country,
        accessibility_notes=values.get("accessibility_notes", "").strip(),
        online_url=get["online_url"],
        organiser_website=get["organiser_website"],
        organiser_email=get["organiser_email"],
        audiences=audiences,
        languages=languages,
        registration_mode=registration,
        registration_url=get["registration_url"],
        edition_year=edition_year,
        capacity=capacity,
    )


# Model field → CSV column, for error messages about the event's own rules.
FIELD_COLUMNS = {
    "start_date": "start",
    "start_time": "start",
    "end_date": "end",
    "end_time": "end",
    "edition": "edition",
}


def check_record(record, context):
    """The model's own validation for a record (field validators and EventPage's rules),
    as {column: [messages]}; empty when the record is fine."""
    event = EventPage(locale=context["sections"][record.language].locale)
    fill_event(event, record, context)
    errors = {}
    try:
        event.clean_fields(exclude=_TREE_FIELDS + ["external_id"])
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(FIELD_COLUMNS.get(name, name), []).extend(messages)
    if not errors:
        try:
            event.check_event()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                errors.setdefault(FIELD_COLUMNS.get(name, name), []).extend(messages)
    existing = context["existing"].get(record.external_id)
    if existing is not None and existing != record.language:
        errors.setdefault("external_id", []).append(
            f"is already used by an event in “{existing}”; an event stays in its language"
        )
    return errors


def import_context():
    """What rows are checked against: a handful of queries, once per file."""
    sections = {
        page.locale.language_code: page
        for page in EventIndexPage.objects.select_related("locale").order_by("-live", "depth")
    }
    return {
        "languages": {
            language.code: language
            for language in Language.objects.filter(
                code__in=[code for code, _ in settings.LANGUAGES]
            )
        },
        "sections": sections,
        "countries": set(Country.objects.values_list("code", flat=True)),
        "audiences": {audience.slug: audience for audience in Audience.objects.all()},
        "editions": dict(SaferInternetDay.objects.values_list("year", "pk")),
        "existing": dict(
            EventPage.objects.exclude(external_id="").values_list(
                "external_id", "locale__language_code"
            )
        ),
    }


def check_file(path, *, max_bytes=MAX_FILE_BYTES, progress=None, context=None):
    """Read and check every row. ImportFileError for a file that cannot be read at all."""
    text = read_text(path, max_bytes=max_bytes)
    _header, rows = read_rows(text)
    context = context or import_context()
    records = []
    errors = []
    seen = {}
    for index, (row_number, values, problem) in enumerate(rows, start=1):
        if problem:
            errors.append(RowError(row_number, "", problem))
            continue
        try:
            record = parse_row(values, context)
        except ValidationError as error:
            for column, messages in error.message_dict.items():
                errors.extend(RowError(row_number, column, message) for message in messages)
        else:
            problems = check_record(record, context)
            if record.external_id in seen:
                problems.setdefault("external_id", []).append(
                    f"“{record.external_id}” is also used in row {seen[record.external_id]}"
                )
            seen.setdefault(record.external_id, row_number)
            if problems:
                for column, messages in problems.items():
                    errors.extend(RowError(row_number, column, message) for message in messages)
            else:
                records.append((row_number, record))
        if progress and (index % 100 == 0 or index == len(rows)):
            progress(f"checked {index}/{len(rows)} rows")
    return CheckedFile(records=records, errors=errors, row_count=len(rows))


# --- Saving -----------------------------------------------------------------------------------

EVENT_FIELDS = (
    "title",
    "description",
    "start_date",
    "start_time",
    "end_date",
    "end_time",
    "time_zone",
    "attendance_mode",
    "status",
    "status_note",
    "venue_name",
    "street_address",
    "city",
    "accessibility_notes",
    "online_url",
    "organiser_name",
    "organiser_website",
    "registration_mode",
    "registration_url",
    "capacity",
    "is_sample",
)


def fill_event(event, record, context):
    for name in EVENT_FIELDS:
        setattr(event, name, getattr(record, name))
    event.country_id = record.country or None
    event.edition_id = (
        context["editions"].get(record.edition_year) if record.edition_year else None
    ) or context["editions"].get(record.start_date.year)
    event.external_id = record.external_id
    event.audiences = [context["audiences"][slug] for slug in record.audiences]
    event.languages = [
        context["languages"][code] for code in (record.languages or [record.language])
    ]


def _snapshot(event):
    return (
        tuple(getattr(event, name) for name in EVENT_FIELDS),
        event.country_id,
        event.edition_id,
        sorted(a.slug for a in event.audiences.all()),
        sorted(lang.code for lang in event.languages.all()),
    )


def save_event(record, context):
    """Create or update the event for `record` (matched by external_id) and publish it.
    Returns "created", "updated" or "unchanged"."""
    section = context["sections"][record.language]
    event = EventPage.objects.filter(external_id=record.external_id).first()
    created = event is None
    if created:
        event = EventPage(locale=section.locale)
        before = None
    else:
        before = _snapshot(event)
    fill_event(event, record, context)
    changed = created or _snapshot(event) != before
    if changed:
        if created:
            base = slugify(f"{record.title[:50]} {record.start_date.year}", allow_unicode=True)
            event.slug = find_available_slug(section, base[:60] or "event")
            section.add_child(instance=event)
        event.save_revision().publish()
    contact_changed = save_contact(event, record)
    if created:
        return "created"
    return "updated" if changed or contact_changed else "unchanged"


def save_contact(event, record):
    if not record.organiser_email:
        return False
    contact = OrganiserContact.objects.filter(event=event).first()
    if contact is not None and contact.email == record.organiser_email:
        return False
    OrganiserContact.objects.update_or_create(
        event=event, defaults={"email": record.organiser_email, "name": ""}
    )
    return True


def import_records(records, context, progress=None):
    """Save every record in one transaction: all of them, or none if one fails."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    with transaction.atomic():
        for index, (_row, record) in enumerate(records, start=1):
            counts[save_event(record, context)] += 1
            if progress and (index % 50 == 0 or index == len(records)):
                progress(f"imported {index}/{len(records)} events")
    return counts
