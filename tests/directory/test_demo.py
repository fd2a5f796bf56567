"""The demo loads real organisations as they publish themselves: well-formed https
addresses, numbers valid for their country, every text translated; loading twice changes
nothing; the help pages answer with it."""

import phonenumbers
import pytest
from phonenumbers import shortnumberinfo

from directory import demo, hours
from directory.models import OrganisationKind
from directory.seed import COUNTRIES
from directory.validators import normalise_phone, validate_https_url


def test_every_demo_address_is_well_formed_https():
    for data in demo.ORGANISATIONS:
        for field in ("website", "report_url", "chat_url"):
            if data.get(field):
                validate_https_url(data[field])
    for _emergency, _other, _zone, _authority, url in COUNTRIES.values():
        validate_https_url(url)


def test_every_demo_number_parses_for_its_country():
    seen_short = set()
    for data in demo.ORGANISATIONS:
        region = data["country"] or ""
        for phone in data.get("phones", []):
            number = normalise_phone(phone["dial"], region)
            parsed = phonenumbers.parse(number.dial, region or None)
            if number.is_short:
                assert shortnumberinfo.is_valid_short_number_for_region(parsed, region)
                seen_short.add((region, number.dial))
            else:
                assert phonenumbers.is_valid_number_for_region(parsed, region), data["slug"]
    # National short numbers are part of it: 147, 116 111, 3018, 116 000.
    assert {("AT", "147"), ("FI", "116111"), ("FR", "3018"), ("BE", "116000")} <= seen_short


def test_demo_covers_at_least_fifteen_countries_and_every_hotline_is_reachable():
    countries = {data["country"] for data in demo.ORGANISATIONS if data["country"]}
    assert len(countries) >= 15
    for data in demo.ORGANISATIONS:
        assert data["kind"] in OrganisationKind.values
        hours_spec = [phone.get("hours", "") for phone in data.get("phones", [])]
        for spec in hours_spec:
            hours.parse(spec)
    every_string = [data["description"] for data in demo.ORGANISATIONS]
    every_string += [p["label"] for data in demo.ORGANISATIONS for p in data.get("phones", [])]
    for source in every_string:
        if not source:
            continue
        for code in demo.DEMO_LANGUAGES:
            translation = demo.TRANSLATIONS[source][code]
            assert translation and translation != source


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


@pytest.fixture
def demo_directory(site, monkeypatch, django_capture_on_commit_callbacks):
    # Organisations in one demo language keep the test quick; the help page gets all six.
    monkeypatch.setattr(demo, "DEMO_LANGUAGES", ("fi",))
    out = Out()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(out)
    return out


@pytest.mark.django_db
def test_demo_help_pages_answer_and_a_second_load_changes_nothing(
    client, demo_directory, django_capture_on_commit_callbacks
):
    from directory.models import HelpIndexPage, Organisation, OrganisationPhone

    response = client.get("/en/help/")
    assert response.status_code == 200
    assert "Internet Watch Foundation (IWF)" in response.content.decode()

    finnish = client.get("/fi/help/fi/")
    assert finnish.status_code == 200
    body = finnish.content.decode()
    assert "Mistä saa apua ja minne ilmoittaa" in body  # the translated section title
    assert 'href="tel:116111"' in body
    assert "Nettivihje" in body
    assert "Lapset ja nuoret" in body  # the phone label, translated

    arabic = client.get("/ar/help/")
    assert arabic.status_code == 200
    body = arabic.content.decode()
    assert "أين تجد المساعدة وتبلّغ" in body
    assert "فنلندا" in body  # Finland, named by Babel in Arabic

    # Loading again (make run twice) updates in place and creates nothing.
    counts = [model.objects.count() for model in (Organisation, OrganisationPhone, HelpIndexPage)]
    again = Out()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(again)
    assert again.created == 0
    assert [m.objects.count() for m in (Organisation, OrganisationPhone, HelpIndexPage)] == counts
    assert any("(0 new or changed)" in line for line in again.lines)
