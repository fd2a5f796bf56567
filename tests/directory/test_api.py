"""/api/v2/organisations/: public facts only, in the reader's language where translated."""

import pytest

from .factories import ContactFactory

pytestmark = pytest.mark.django_db


def test_organisations_are_listed_with_public_fields_only(client, help_page, directory):
    ContactFactory(organisation=directory["nettivihje"], email="verifier.private@example.org")
    response = client.get("/api/v2/organisations/", {"limit": 100})
    assert response.status_code == 200
    items = {item["name"]: item for item in response.json()["items"]}
    assert items["Nettivihje"]["kind"] == "hotline"
    assert items["Nettivihje"]["country_code"] == "FI"
    assert items["INHOPE"]["country_code"] == ""
    assert items["Internet Watch Foundation"]["report_url"] == "https://report.iwf.org.uk"

    everything = client.get("/api/v2/organisations/", {"fields": "*", "limit": 100})
    text = everything.content.decode()
    assert "verifier.private@example.org" not in text
    assert "private_contacts" not in text
    detail = client.get(f"/api/v2/organisations/{directory['nettivihje'].pk}/").json()
    assert "verifier.private@example.org" not in str(detail)
    assert set(detail) <= {
        "id", "meta", "name", "slug", "kind", "country_code", "description", "website",
        "report_url", "chat_url", "email", "inhope_member", "language_codes", "hours",
        "hours_time_zone", "phones", "verified_on", "locale_code",
    }  # fmt: skip
    # Asking for a private field by name is refused.
    assert client.get("/api/v2/organisations/", {"fields": "private_contacts"}).status_code == 400


def test_organisations_in_a_language_and_a_country(client, help_page):
    response = client.get(
        "/api/v2/organisations/", {"locale": "fi", "country": "FI", "fields": "description,phones"}
    )
    assert response.status_code == 200
    items = {item["name"]: item for item in response.json()["items"]}
    assert set(items) == {"MLL – Lasten ja nuorten puhelin", "Nettivihje"}
    mll = items["MLL – Lasten ja nuorten puhelin"]
    assert mll["description"] == "Maksutonta ja luottamuksellista tukea lapsille ja nuorille."
    assert mll["phones"][0]["dial"] == "116111"
    assert mll["phones"][0]["label"] == "Lapset ja nuoret"
    international = client.get("/api/v2/organisations/", {"country": ""}).json()["items"]
    assert [item["name"] for item in international] == ["INHOPE"]
    assert client.get("/api/v2/organisations/", {"locale": "xx"}).status_code == 400
