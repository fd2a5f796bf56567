"""Campaigns in the public API (Wagtail API v2 pages endpoint): taxonomy, resources, kit;
drafts, private and expired campaigns never appear."""

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
