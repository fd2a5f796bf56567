"""Validation of what editors type into the directory: links, phone numbers, languages."""

from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers
from babel import Locale as BabelLocale
from babel.core import UnknownLocaleError
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _
from phonenumbers import shortnumberinfo

from .countries import country_name

_url_validator = URLValidator(schemes=["https"])


def validate_https_url(value):
    """A well-formed https:// address (readers follow these links to report abuse)."""
    if not value:
        return
    if urlsplit(value).scheme.lower() != "https":
        raise ValidationError(
            _("Use a secure address that starts with https:// (got “%(url)s”)."),
            params={"url": value},
            code="not_https",
        )
    try:
        _url_validator(value)
    except ValidationError as error:
        raise ValidationError(
            _("“%(url)s” is not a valid web address."), params={"url": value}, code="invalid_url"
        ) from error


def parse_languages(value):
    """Language codes from text like "fi, sv en" → ["fi", "sv", "en"] (validated by Babel)."""
    codes = []
    for raw in (value or "").replace(",", " ").split():
        code = raw.strip().lower().replace("_", "-")
        try:
            BabelLocale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError) as error:
            raise ValidationError(
                _("“%(code)s” is not a language code. Use codes such as fi, sv, en or ar."),
                params={"code": raw},
                code="invalid_language",
            ) from error
        if code not in codes:
            codes.append(code)
    return codes


def validate_languages(value):
    parse_languages(value)


def validate_email_address(value):
    if value:
        EmailValidator(message=_("Enter a valid e-mail address."))(value)


@dataclass(frozen=True)
class DialNumber:
    dial: str  # what a phone dials: "+448001111" (E.164) or a national short number "116111"
    display: str  # how the organisation writes it: "0800 1111", "116 111"
    is_short: bool


def format_short_number(digits):
    """116 numbers in their usual groups ("116 111"); other short numbers as they are."""
    if len(digits) == 6 and digits.startswith("116"):
        return f"{digits[:3]} {digits[3:]}"
    return digits


def normalise_phone(raw, region):
    """Check a phone number for the organisation's country and give its dial and display form.

    Full numbers become E.164 (dialable from abroad too); national short numbers (147,
    116 111, 3018, 112) have no E.164 form and are kept as the digits to dial. `region` is
    the ISO country code, or "" for an international organisation (then only +numbers).
    """
    text = (raw or "").strip()
    if not text:
        raise ValidationError(_("Enter the number to dial."), code="required")
    digits = "".join(c for c in text if c.isdigit())
    if not digits or any(c not in "+0123456789 -./()" for c in text):
        raise ValidationError(
            _("“%(number)s” is not a phone number: use digits, spaces and an optional leading +."),
            params={"number": text},
            code="invalid_phone",
        )
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException as error:
        if not region:
            raise ValidationError(
                _(
                    "“%(number)s”: an international organisation’s number must start with + and "
                    "the country code."
                ),
                params={"number": text},
                code="invalid_phone",
            ) from error
        raise ValidationError(
            _("“%(number)s” is not a phone number."), params={"number": text}, code="invalid_phone"
        ) from error

    if phonenumbers.is_valid_number(number) and (
        not region or phonenumbers.is_valid_number_for_region(number, region)
    ):
        display = phonenumbers.format_number(
            number,
            phonenumbers.PhoneNumberFormat.NATIONAL
            if region
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        )
        return DialNumber(
            dial=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
            display=display,
            is_short=False,
        )
    if (
        region
        and not text.startswith("+")
        and shortnumberinfo.is_valid_short_number_for_region(number, region)
    ):
        return DialNumber(dial=digits, display=format_short_number(digits), is_short=True)
    if region:
        raise ValidationError(
            _(
                "“%(number)s” is not a valid phone number or short number in %(country)s. "
                "Check the digits, or the organisation’s country."
            ),
            params={"number": text, "country": country_name(region)},
            code="invalid_phone",
        )
    raise ValidationError(
        _("“%(number)s” is not a valid international phone number."),
        params={"number": text},
        code="invalid_phone",
    )


def validate_emergency_number(number, region):
    digits = (number or "").strip()
    if not digits:
        return
    if not digits.isdigit() or not shortnumberinfo.is_emergency_number(digits, region):
        raise ValidationError(
            _("%(number)s is not an emergency number in %(country)s."),
            params={"number": digits, "country": country_name(region)},
            code="invalid_emergency_number",
        )
