"""Validators shared by models and blocks."""

from urllib.parse import urlsplit

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
