"""Event times: local wall-clock time in an IANA zone → aware datetimes, and back to words
in the reader's language (Babel)."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_datetime, format_interval, get_timezone_location
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.validators import known_time_zones
from directory.countries import babel_locale


def zone_or_none(name):
    if not name or name not in known_time_zones():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_time_exists(naive, zone):
    """False for a wall-clock time skipped when clocks go forward (e.g. 03:30 on the last
    Sunday of March in Helsinki)."""
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def aware(day, time, zone):
    """The aware datetime of a local date and time in `zone`. Where clocks go back and a
    time happens twice, the first occurrence (fold=0) is meant."""
    return datetime.combine(day, time).replace(tzinfo=zone)


def check_local_time(day, time, zone_name):
    """Raise ValidationError when `day` `time` does not exist in the zone."""
    zone = zone_or_none(zone_name)
    if zone is None or day is None or time is None:
        return
    if not local_time_exists(datetime.combine(day, time), zone):
        raise ValidationError(
            _(
                "%(time)s does not exist on %(day)s in %(zone)s: the clocks go forward then. "
                "Choose a time after the change."
            ),
            params={"time": time.strftime("%H:%M"), "day": day.isoformat(), "zone": zone_name},
            code="nonexistent_time",
        )


def _uses_12_hour_clock(locale):
    return "h" in locale.time_formats["short"].pattern.replace("'", "")


def event_when(start, end, zone_name, language_code=None):
    """When an event happens, in its own time zone, written for the reader's language:
    ("mardi 9 février 2027", "10:00 – 12:30", "heure : Finlande (UTC+02:00)")."""
    zone = zone_or_none(zone_name) or UTC
    locale = babel_locale(language_code)
    start = start.astimezone(zone)
    end = end.astimezone(zone)
    hour = "h" if _uses_12_hour_clock(locale) else "H"
    if start.date() == end.date():
        day = format_date(start, "full", locale=locale)
        times = format_interval(start, end, f"{hour}m", tzinfo=zone, locale=locale)
    else:
        day = format_interval(start.date(), end.date(), "yMMMMEEEEd", locale=locale)
        times = format_interval(start, end, f"yMMMd{hour}m", tzinfo=zone, locale=locale)
    zone_label = (
        f"{get_timezone_location(zone, locale=locale)}, "
        f"{format_datetime(start, 'ZZZZ', tzinfo=zone, locale=locale)}"
    )
    return WhenText(
        day=day,
        times=times,
        zone=zone_label,
        multi_day=start.date() != end.date(),
        start_iso=start.isoformat(),
    )


class WhenText:
    """`day` and `times` in words, `zone` ("heure : Finlande, UTC+02:00"), and `start_iso`
    (the start with the event's own UTC offset, for <time datetime>)."""

    __slots__ = ("day", "times", "zone", "multi_day", "start_iso")

    def __init__(self, day, times, zone, multi_day, start_iso):
        self.day = day
        self.times = times
        self.zone = zone
        self.multi_day = multi_day
        self.start_iso = start_iso

    def __str__(self):
        if self.multi_day:
            return f"{self.times} · {self.zone}"
        return f"{self.day}, {self.times} · {self.zone}"
