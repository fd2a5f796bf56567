"""What editors type is checked with messages they can act on: country codes, emergency
numbers, phone numbers (short numbers included), https links, opening hours, languages."""

from datetime import datetime

import pytest
from django.core.exceptions import ValidationError

from directory import hours
from directory.models import Country, OrganisationPhone
from directory.validators import normalise_phone, parse_languages, validate_https_url

from .factories import OrganisationFactory, PhoneFactory


def messages(error):
    return " ".join(error.messages)


@pytest.mark.parametrize(
    ("raw", "region", "dial", "display"),
    [
        ("116 111", "FI", "116111", "116 111"),
        ("147", "AT", "147", "147"),
        ("3018", "FR", "3018", "3018"),
        ("116000", "BE", "116000", "116 000"),
        ("017", "ES", "017", "017"),
        ("0800 1111", "GB", "+448001111", "0800 1111"),
        ("1800 66 66 66", "IE", "+3531800666666", "1800 666 666"),
        ("210 6007686", "GR", "+302106007686", "21 0600 7686"),
        ("+31 800 0432", "NL", "+318000432", "0800 0432"),
    ],
)
def test_numbers_are_stored_as_dialled_and_as_written(raw, region, dial, display):
    number = normalise_phone(raw, region)
    assert (number.dial, number.display) == (dial, display)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("12", "FI", "not a valid phone number or short number in Finland"),
        ("call us", "FI", "is not a phone number"),
        ("116111", "", "must start with + and the country code"),
        ("+44 12", "", "not a valid international phone number"),
        ("", "FI", "Enter the number to dial"),
        ("+44 800 1111", "FI", "in Finland"),  # a British number for a Finnish organisation
    ],
)
def test_bad_numbers_are_refused_with_a_clear_message(raw, region, expected):
    with pytest.raises(ValidationError) as error:
        normalise_phone(raw, region)
    assert expected in messages(error.value)


@pytest.mark.django_db
def test_a_phone_with_a_bad_number_is_never_saved():
    organisation = OrganisationFactory()
    phone = OrganisationPhone(
        organisation=organisation, dial="999999999999999", locale=organisation.locale
    )
    with pytest.raises(ValidationError) as error:
        phone.full_clean()
    assert "dial" in error.value.message_dict
    with pytest.raises(ValidationError):
        phone.save()
    assert not OrganisationPhone.objects.exists()


@pytest.mark.django_db
def test_organisation_links_must_be_https():
    organisation = OrganisationFactory.build(report_url="http://report.example.org")
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "https://" in " ".join(error.value.message_dict["report_url"])
    # Saving without the admin form (an import, a script) is refused too.
    with pytest.raises(ValidationError):
        organisation.save()
    assert not type(organisation).objects.filter(slug=organisation.slug).exists()


def test_https_validator_messages():
    validate_https_url("https://report.iwf.org.uk")
    with pytest.raises(ValidationError, match="secure address"):
        validate_https_url("javascript:alert(1)")
    with pytest.raises(ValidationError, match="not a valid web address"):
        validate_https_url("https://")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ZZ", "EU", "uk", "123", "F"])
def test_unknown_country_codes_are_validation_errors(code):
    with pytest.raises(ValidationError) as error:
        Country(code=code, time_zone="Europe/Helsinki").full_clean(validate_unique=False)
    assert "ISO 3166-1" in " ".join(error.value.message_dict["code"])


@pytest.mark.django_db
def test_emergency_numbers_are_checked_for_their_country():
    Country(code="US", emergency_number="911", time_zone="America/New_York").full_clean(
        validate_unique=False
    )
    with pytest.raises(ValidationError) as error:
        Country(code="FI", emergency_number="911", time_zone="Europe/Helsinki").full_clean(
            validate_unique=False
        )
    assert "911 is not an emergency number in Finland" in messages(error.value)


@pytest.mark.django_db
def test_seeded_countries_are_real_and_valid():
    countries = {country.code: country for country in Country.objects.all()}
    eu = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
    assert set(eu.split()) | {"NO", "IS", "UA", "GB", "CH", "US"} <= set(countries)
    assert countries["GB"].emergency_numbers == ["999", "112"]
    assert countries["US"].emergency_numbers == ["911"]
    for country in countries.values():
        country.full_clean(validate_unique=False)


def test_opening_hours_syntax():
    assert hours.is_open("24/7", datetime(2026, 11, 23, 3, 0)) is True
    weekdays = "Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00"
    monday_afternoon = datetime(2026, 11, 23, 15, 0)  # a Monday
    assert hours.is_open(weekdays, monday_afternoon) is True
    assert hours.is_open(weekdays, monday_afternoon.replace(hour=13, minute=59)) is False
    assert hours.is_open(weekdays, datetime(2026, 11, 28, 16, 0)) is False  # Saturday
    assert hours.is_open(weekdays, datetime(2026, 11, 28, 17, 0)) is True
    late = "Fr 20:00-02:00"
    assert hours.is_open(late, datetime(2026, 11, 28, 1, 30)) is True  # Saturday night
    assert hours.is_open(late, datetime(2026, 11, 28, 2, 0)) is False
    assert hours.is_open("", monday_afternoon) is None
    assert hours.describe(weekdays, "en") == [
        "Monday–Friday: 2:00\u202fPM–8:00\u202fPM",
        "Saturday, Sunday: 5:00\u202fPM–8:00\u202fPM",
    ]
    assert hours.describe(weekdays, "fi")[0] == "maanantai–perjantai: 14.00–20.00"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Mn-Fr 09:00-17:00", "“Mn” in “Mn-Fr 09:00-17:00” is not a day"),
        ("Mo-Fr 9-17", "is not a time"),
        ("Mo-Fr", "needs days and times"),
        ("Mo 25:00-26:00", "is not a time"),
        ("Mo 10:00-10:00", "opens and closes at the same time"),
    ],
)
def test_bad_opening_hours_are_explained(spec, expected):
    with pytest.raises(ValidationError) as error:
        hours.parse(spec)
    assert expected in messages(error.value)


def test_languages_served_are_language_codes():
    assert parse_languages("fi, sv en") == ["fi", "sv", "en"]
    with pytest.raises(ValidationError, match="not a language code"):
        parse_languages("fi finnish")


@pytest.mark.django_db
def test_phone_display_is_filled_from_the_number():
    phone = PhoneFactory(dial="0800 1111", organisation__country=Country.objects.get(code="GB"))
    assert (phone.dial, phone.display) == ("+448001111", "0800 1111")


@pytest.mark.django_db
@pytest.mark.parametrize(("typed", "stored"), [("UK", "GB"), ("el", "GR"), (" fi ", "FI")])
def test_saving_a_country_stores_its_iso_code(typed, stored):
    # An import that skips full_clean() still lands on the country readers pick.
    Country.objects.filter(code=stored).delete()
    country = Country(code=typed, emergency_number="112", time_zone="Europe/Helsinki")
    country.save()
    assert country.code == stored
    assert Country.objects.filter(code=stored).exists()
    assert not Country.objects.filter(code=typed.strip().upper()).exclude(code=stored).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ZZ", "EU", "XX", "1A", ""])
def test_saving_an_unknown_country_code_is_refused(code):
    before = Country.objects.count()
    with pytest.raises(ValidationError) as error:
        Country(code=code, time_zone="Europe/Helsinki").save()
    assert "ISO 3166-1" in " ".join(error.value.message_dict["code"])
    assert Country.objects.count() == before
