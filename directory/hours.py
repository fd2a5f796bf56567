"""Opening hours as a short text that editors can write and both Python and the browser read.

The syntax is a small subset of OpenStreetMap's `opening_hours`:

    24/7
    Mo-Fr 14:00-20:00
    Mo-Fr 09:00-17:00; Sa,Su 10:00-14:00
    Mo-Su 20:00-02:00          (past midnight: open until 02:00 the next morning)

Days are Mo Tu We Th Fr Sa Su, single or as ranges, separated by commas; times are 24-hour
HH:MM, several ranges separated by commas; rules by semicolons. Hours are local time in the
organisation's time zone.

Why "open now" is shown by a script and not computed here for the page: public pages are
cached and the same for every reader, so the server renders the hours and
static/js/help-country.js marks "open now" / "closed now" in the reader's browser from the
same text (data attributes). `is_open()` is the reference for that script and for the API.
"""

import re
from dataclasses import dataclass
from datetime import time

from babel.dates import format_time, get_day_names
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ALWAYS_OPEN = "24/7"
DAY_CODES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")  # index = datetime.weekday()
MINUTES_PER_DAY = 24 * 60

_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")

SYNTAX_HINT = gettext_lazy(
    "Write opening hours like “Mo-Fr 09:00-17:00; Sa 10:00-14:00”, or “24/7” for always open."
)


@dataclass(frozen=True)
class Rule:
    days: tuple[int, ...]  # weekday numbers, Monday = 0
    ranges: tuple[tuple[int, int], ...]  # (start, end) in minutes; end <= start: past midnight


@dataclass(frozen=True)
class OpeningHours:
    always_open: bool
    rules: tuple[Rule, ...]

    @property
    def is_known(self):
        return self.always_open or bool(self.rules)


UNKNOWN = OpeningHours(always_open=False, rules=())


def _minutes(text, spec):
    match = _TIME.match(text)
    if not match:
        raise ValidationError(
            _("“%(time)s” in “%(spec)s” is not a time. Use 24-hour HH:MM, e.g. 09:00.")
            % {"time": text, "spec": spec},
            code="invalid_time",
        )
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours == 24 and minutes:
        raise ValidationError(
            _("“%(time)s” is not a time of day; the day ends at 24:00.") % {"time": text},
            code="invalid_time",
        )
    return hours * 60 + minutes


def _day(text, spec):
    if text not in DAY_CODES:
        raise ValidationError(
            _("“%(day)s” in “%(spec)s” is not a day. Use Mo, Tu, We, Th, Fr, Sa or Su.")
            % {"day": text, "spec": spec},
            code="invalid_day",
        )
    return DAY_CODES.index(text)


def _days(text, spec):
    days = []
    for part in text.split(","):
        part = part.strip()
        if "-" in part:
            first, _sep, last = part.partition("-")
            start, end = _day(first.strip(), spec), _day(last.strip(), spec)
            # Sa-Mo wraps over the week end.
            span = range(start, end + 1) if start <= end else [*range(start, 7), *range(end + 1)]
            days.extend(span)
        else:
            days.append(_day(part, spec))
    return tuple(dict.fromkeys(days))


def parse(spec):
    """Read an opening-hours text; raise ValidationError with a clear message if it is wrong."""
    spec = (spec or "").strip()
    if not spec:
        return UNKNOWN
    if spec == ALWAYS_OPEN:
        return OpeningHours(always_open=True, rules=())
    rules = []
    for raw_rule in spec.split(";"):
        raw_rule = " ".join(raw_rule.split())
        if not raw_rule:
            continue
        day_text, _sep, time_text = raw_rule.partition(" ")
        if not time_text:
            raise ValidationError(
                _("“%(rule)s” needs days and times, e.g. “Mo-Fr 09:00-17:00”.")
                % {"rule": raw_rule},
                code="invalid_rule",
            )
        days = _days(day_text, spec)
        ranges = []
        for raw_range in time_text.replace(" ", "").split(","):
            start_text, sep, end_text = raw_range.partition("-")
            if not sep:
                raise ValidationError(
                    _("“%(range)s” needs a start and an end time, e.g. 09:00-17:00.")
                    % {"range": raw_range},
                    code="invalid_range",
                )
            start, end = _minutes(start_text, spec), _minutes(end_text, spec)
            if start == end:
                raise ValidationError(
                    _("“%(range)s” opens and closes at the same time.") % {"range": raw_range},
                    code="invalid_range",
                )
            if start == MINUTES_PER_DAY:
                raise ValidationError(
                    _("“%(range)s” cannot open at 24:00; write 00:00.") % {"range": raw_range},
                    code="invalid_range",
                )
            ranges.append((start, end))
        rules.append(Rule(days=days, ranges=tuple(ranges)))
    if not rules:
        raise ValidationError(SYNTAX_HINT, code="invalid")
    return OpeningHours(always_open=False, rules=tuple(rules))


def validate_opening_hours(value):
    parse(value)


def normalise(spec):
    """The text as editors should see it after saving: single spaces, '; ' between rules."""
    spec = (spec or "").strip()
    if spec == ALWAYS_OPEN or not spec:
        return spec
    rules = [" ".join(rule.split()) for rule in spec.split(";") if rule.strip()]
    cleaned = []
    for rule in rules:
        day_text, _sep, time_text = rule.partition(" ")
        cleaned.append(f"{day_text.replace(' ', '')} {time_text.replace(' ', '')}")
    return "; ".join(cleaned)


def is_open(spec, moment):
    """True/False for an aware or local `moment` (already in the organisation's time zone);
    None when the hours are not known."""
    hours = parse(spec) if isinstance(spec, str) else spec
    if hours.always_open:
        return True
    if not hours.rules:
        return None
    weekday = moment.weekday()
    minute = moment.hour * 60 + moment.minute
    yesterday = (weekday - 1) % 7
    for rule in hours.rules:
        for start, end in rule.ranges:
            if end > start:
                if weekday in rule.days and start <= minute < end:
                    return True
            else:  # past midnight
                if weekday in rule.days and minute >= start:
                    return True
                if yesterday in rule.days and minute < end:
                    return True
    return False


def is_open_in(spec, time_zone, now=None):
    """`is_open` at `now` (default: the current time) in the IANA `time_zone`."""
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    now = now or timezone.now()
    return is_open(spec, now.astimezone(ZoneInfo(time_zone)))


def _format_minutes(minutes, locale):
    return format_time(time(minutes // 60, minutes % 60), format="short", locale=locale)


def _group_days(days):
    """(first, last) runs of consecutive weekdays, Monday first."""
    days = sorted(days)
    runs = []
    for day in days:
        if runs and runs[-1][1] == day - 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [tuple(run) for run in runs]


def describe(spec, locale):
    """Readable lines in the reader's language, e.g. ["Monday–Friday: 14:00–20:00"].

    `locale` is a Babel locale code (fi, ar, nb, …). Empty list when the hours are unknown;
    one line saying "24 hours, every day" for 24/7.
    """
    hours = parse(spec) if isinstance(spec, str) else spec
    if hours.always_open:
        return [_("Open 24 hours, every day")]
    day_names = get_day_names("wide", context="stand-alone", locale=locale)
    lines = []
    for rule in hours.rules:
        day_parts = []
        for first, last in _group_days(rule.days):
            if first == last:
                day_parts.append(day_names[first])
            elif last == first + 1:
                day_parts.append(f"{day_names[first]}, {day_names[last]}")
            else:
                day_parts.append(f"{day_names[first]}–{day_names[last]}")
        times = ", ".join(
            "{}–{}".format(
                _format_minutes(start, locale),
                _("midnight") if end == MINUTES_PER_DAY else _format_minutes(end, locale),
            )
            for start, end in rule.ranges
        )
        lines.append(f"{', '.join(day_parts)}: {times}")
    return lines
