"""RSS 2.0 and Atom feeds of new campaigns per language, announced on the library page; only
live, public, unexpired campaigns appear in them."""

import email.utils
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from campaigns.models import CampaignPage
from core.locales import sync_all_locales
from core.localize import translate_from_strings

from .factories import days_ago, make_campaign

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def campaigns(library):
    older = make_campaign(library, "Report it, don't ignore it", published_at=days_ago(30))
    newer = make_campaign(
        library,
        "Don't pay, report: help with sextortion",
        summary="What to do when someone threatens to share your images.",
        published_at=days_ago(2),
    )
    make_campaign(library, "A draft nobody may see yet", publish=False)
    make_campaign(library, "An expired campaign", expire_at=days_ago(1), published_at=days_ago(9))
    private = make_campaign(library, "Only for logged-in partners", published_at=days_ago(1))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return older, newer


def test_library_announces_its_feeds(client, campaigns):
    html = client.get("/en/campaigns/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="New campaigns (RSS)" '
        'href="/en/campaigns/feed/rss/">' in html
    )
    assert 'type="application/atom+xml"' in html and 'href="/en/campaigns/feed/atom/"' in html
    assert 'href="/en/campaigns/feed/rss/" type="application/rss+xml"' in html  # visible link


def test_rss_lists_public_campaigns_newest_first(client, campaigns):
    response = client.get("/en/campaigns/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Don't pay, report: help with sextortion",
        "Report it, don't ignore it",
    ]
    first = items[0]
    assert first.findtext("link") == "http://testserver" + campaigns[1].url
    assert first.findtext("description") == (
        "What to do when someone threatens to share your images."
    )
    assert email.utils.parsedate_to_datetime(first.findtext("pubDate"))


def test_atom_has_entries_with_dates(client, campaigns):
    response = client.get("/en/campaigns/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries][0] == (
        "Don't pay, report: help with sextortion"
    )
    assert len(entries) == 2
    assert entries[0].findtext(f"{ATOM}updated")


def test_feeds_are_per_language(client, campaigns):
    # Finnish gets untranslated copies of the library and the campaigns: they are not Finnish
    # campaigns, so the Finnish feed stays empty until a translation is published.
    sync_all_locales()
    response = client.get("/fi/campaigns/feed/rss/")
    assert response.status_code == 200
    assert ET.fromstring(response.content).find("channel").findall("item") == []
    assert client.get("/en/campaigns/feed/json/").status_code == 404


def test_a_translated_campaign_appears_in_its_languages_feed_only(
    client, campaigns, django_capture_on_commit_callbacks
):
    older, _newer = campaigns
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        translate_from_strings(
            older,
            "fi",
            {
                "Report it, don't ignore it": "Ilmoita, älä ohita",
                older.slug: "ilmoita-ala-ohita",
                "Material for schools and families.": "Materiaalia kouluille ja perheille.",
            },
        )

    def titles(url):
        response = client.get(url)
        assert response.status_code == 200, url
        return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]

    assert titles("/fi/campaigns/feed/rss/") == ["Ilmoita, älä ohita"]
    finnish = ET.fromstring(client.get("/fi/campaigns/feed/rss/").content)
    assert finnish.find("channel/item/link").text.endswith("/fi/campaigns/ilmoita-ala-ohita/")
    english = titles("/en/campaigns/feed/rss/")
    assert "Ilmoita, älä ohita" not in english
    assert "Report it, don't ignore it" in english


def test_sitemap_lists_public_campaigns_only(client, campaigns):
    sitemap = client.get("/sitemap.xml").content.decode()
    older, newer = campaigns
    assert f"{newer.url}</loc>" in sitemap and f"{older.url}</loc>" in sitemap
    for title in (
        "A draft nobody may see yet",
        "Only for logged-in partners",
        "An expired campaign",
    ):
        hidden = CampaignPage.objects.get(title=title)
        assert f"/{hidden.slug}/" not in sitemap, title
