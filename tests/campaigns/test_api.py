"""Campaigns in the public API (Wagtail API v2 pages endpoint): taxonomy, resources, kit;
drafts, private and expired campaigns never appear."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from .factories import days_ago, make_campaign, make_document

pytestmark = pytest.mark.django_db

FIELDS = "summary,taxonomy,countries,publisher,licence,resources,kit"


def api_campaigns(client):
    response = client.get(
        "/api/v2/pages/", {"type": "campaigns.CampaignPage", "fields": FIELDS, "limit": 50}
    )
    assert response.status_code == 200
    return {item["title"]: item for item in response.json()["items"]}


def test_public_campaigns_with_taxonomy_resources_and_kit(client, library):
    plan = make_document("Lesson plan", "plan.pdf", b"%PDF-1.4\nplan\n")
    make_campaign(
        library,
        "Recognising grooming: a lesson for ages 11 to 14",
        topics=["grooming"],
        audiences=["teachers-educators"],
        ages=["11-14"],
        countries=["FI"],
        resources=[
            {"title": "Lesson plan", "document": plan, "type": "lesson-plan", "ages": ["11-14"]},
            {"title": "Video", "url": "https://www.example.org/video", "type": "video"},
        ],
    )
    make_campaign(library, "A draft", publish=False)
    make_campaign(library, "Expired", expire_at=days_ago(1))
    private = make_campaign(library, "Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    items = api_campaigns(client)
    assert list(items) == ["Recognising grooming: a lesson for ages 11 to 14"]
    item = items["Recognising grooming: a lesson for ages 11 to 14"]
    assert item["taxonomy"]["topics"] == [{"slug": "grooming", "name": "Grooming"}]
    assert item["taxonomy"]["age_bands"][0]["slug"] == "11-14"
    assert item["countries"] == ["FI"]
    lesson, video = item["resources"]
    assert lesson["type"]["slug"] == "lesson-plan"
    assert lesson["url"].startswith("/documents/") and lesson["age_bands"] == ["11-14"]
    assert video["url"] == "https://www.example.org/video"
    assert item["kit"]["files"] == 1 and item["kit"]["url"].endswith("/kit/")
    assert client.get(lesson["url"]).status_code == 200


def test_documents_and_images_endpoints_are_not_exposed(client):
    assert client.get("/api/v2/documents/").status_code == 404
    assert client.get("/api/v2/images/").status_code == 404


def test_listing_queries_do_not_grow_with_the_number_of_campaigns(client, library):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from directory.models import Country, Organisation

    publisher = Organisation.objects.create(
        name="Pelastakaa Lapset",
        slug="pelastakaa-lapset",
        kind="hotline",
        country=Country.objects.get(code="FI"),
        website="https://www.pelastakaalapset.fi",
        verified_on=datetime.date(2026, 1, 10),
        locale=library.locale,
    )

    def add_campaigns(count, start):
        for number in range(start, start + count):
            make_campaign(
                library,
                f"Campaign {number}",
                topics=["grooming", "sextortion"],
                audiences=["teachers-educators"],
                ages=["11-14", "14-18"],
                countries=["FI", "SE"],
                publisher=publisher,
                resources=[
                    {
                        "title": "Lesson plan",
                        "document": make_document(f"Plan {number}", f"plan-{number}.pdf"),
                        "type": "lesson-plan",
                        "ages": ["11-14"],
                    },
                    {"title": "Video", "url": "https://www.example.org/video", "type": "video"},
                ],
            )

    def listing_queries():
        api_campaigns(client)  # file sizes and hashes are recorded on the first read
        with CaptureQueriesContext(connection) as captured:
            items = api_campaigns(client)
        assert all(item["kit"]["files"] == 1 for item in items.values())
        assert all(item["publisher"]["name"] == "Pelastakaa Lapset" for item in items.values())
        return len(items), len(captured)

    add_campaigns(10, 0)
    ten = listing_queries()
    add_campaigns(40, 10)
    fifty = listing_queries()
    assert (ten[0], fifty[0]) == (10, 50)
    assert ten[1] == fifty[1], f"{ten[1]} queries for 10 campaigns, {fifty[1]} for 50"
