"""Validators shared by models and blocks."""

from functools import cache
from urllib.parse import urlsplit
from zoneinfo import available_timezones

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

_url_validator = URLValidator(schemes=["https"])


def validate_https_url(value):
    """An absolute https:// address: readers are never sent to plain http or javascript:."""
    if not value:
        return
    if urlsplit(str(value)).scheme.lower() != "https":
        raise ValidationError(_("Use an address that starts with https://."), code="https_required")
    _url_validator(value)


def https_only(value):
    """`value` if it is an https:// address, else "" (for output of stored links)."""
    value = str(value or "").strip()
    return value if urlsplit(value).scheme.lower() == "https" and urlsplit(value).netloc else ""


@cache
def known_time_zones():
    """The IANA zone names this machine knows. available_timezones() walks the whole zone
    database on disk on every call; the set cannot change while the process runs."""
    return frozenset(available_timezones())


def validate_time_zone(value):
    if value and value not in known_time_zones():
        raise ValidationError(
            _("“%(zone)s” is not a time zone name. Use an IANA name such as Europe/Helsinki."),
            params={"zone": value},
            code="invalid_time_zone",
        )
