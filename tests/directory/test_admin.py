"""The directory in the Wagtail admin: stalest details first, countries found by name,
phone numbers checked for the organisation's country."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from directory.models import Organisation

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


def test_organisations_list_stalest_verification_first(admin_client):
    OrganisationFactory(name="Checked last week", verified_on=date(2026, 11, 16))
    OrganisationFactory(name="Checked two years ago", verified_on=date(2024, 11, 1))
    OrganisationFactory(name="Checked last year", verified_on=date(2025, 11, 1))
    response = admin_client.get("/admin/snippets/directory/organisation/")
    assert response.status_code == 200
    body = response.content.decode()
    positions = [body.index(name) for name in ("two years ago", "last year", "last week")]
    assert positions == sorted(positions)


def test_countries_are_found_by_name_in_english(admin_client):
    response = admin_client.get("/admin/snippets/directory/country/", {"q": "finl"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Finland (FI)" in body
    assert "Sweden (SE)" not in body


def test_organisations_are_found_by_name_and_website(admin_client):
    OrganisationFactory(name="Nettivihje", slug="nettivihje", website="https://www.nettivihje.fi")
    OrganisationFactory(name="Childline", slug="childline", website="https://www.childline.org.uk")
    url = "/admin/snippets/directory/organisation/"
    body = admin_client.get(url, {"q": "nettivih"}).content.decode()
    assert "Nettivihje" in body and "Childline" not in body
    body = admin_client.get(url, {"q": "childline.org"}).content.decode()
    assert "Childline" in body and "Nettivihje" not in body
    body = admin_client.get(url, {"q": "no such organisation"}).content.decode()
    assert "Nettivihje" not in body and "Childline" not in body


def _organisation_form(**overrides):
    data = {
        "name": "Lasten ja nuorten puhelin",
        "slug": "test-helpline",
        "kind": "helpline",
        "country": "FI",
        "description": "",
        "website": "https://www.mll.fi",
        "report_url": "",
        "chat_url": "",
        "email": "",
        "languages": "fi",
        "hours": "",
        "time_zone": "",
        "position": "0",
        "verified_on": "2026-11-23",
        "phones-TOTAL_FORMS": "1",
        "phones-INITIAL_FORMS": "0",
        "phones-MIN_NUM_FORMS": "0",
        "phones-MAX_NUM_FORMS": "1000",
        "phones-0-dial": "116 111",
        "phones-0-display": "",
        "phones-0-label": "Lapset ja nuoret",
        "phones-0-hours": "Mo-Fr 14:00-20:00",
        "phones-0-free_of_charge": "on",
        "phones-0-confidential": "on",
        "phones-0-ORDER": "1",
        "phones-0-id": "",
        "phones-0-DELETE": "",
    }
    data.update(overrides)
    return data


def test_admin_saves_a_helpline_with_a_short_number(admin_client):
    response = admin_client.post(
        "/admin/snippets/directory/organisation/add/", _organisation_form()
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    organisation = Organisation.objects.get(slug="test-helpline")
    phone = organisation.phones.get()
    assert (phone.dial, phone.display) == ("116111", "116 111")


def test_admin_refuses_a_bad_number_and_an_insecure_report_link(admin_client):
    response = admin_client.post(
        "/admin/snippets/directory/organisation/add/",
        _organisation_form(**{"phones-0-dial": "12", "report_url": "http://example.org/report"}),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "is not a valid phone number or short number in Finland" in body
    assert "https://" in body
    assert not Organisation.objects.filter(slug="test-helpline").exists()
