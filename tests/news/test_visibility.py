"""Drafts, scheduled and expired articles stay out of every listing, feed, API and sitemap."""

import datetime
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.locales import sync_all_locales
from news.models import ArticlePage

from .factories import publish_article

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PUBLISHED = "Zebrafish hotline report published"
HIDDEN = {
    "draft": "Zebrafish draft about grooming",
    "scheduled": "Zebrafish scheduled Safer Internet Day notice",
    "expired": "Zebrafish expired campaign notice",
    "expired_processed": "Zebrafish withdrawn policy note",
}


@pytest.fixture
def articles(news_index, categories, django_capture_on_commit_callbacks):
    now = timezone.now()
    hotlines = [categories["hotlines"]]
    result = {
        "published": publish_article(
            news_index, title=PUBLISHED, slug="published", categories=hotlines
        ),
        "draft": publish_article(
            news_index, title=HIDDEN["draft"], slug="draft", categories=hotlines, live=False
        ),
        "scheduled": publish_article(
            news_index,
            title=HIDDEN["scheduled"],
            slug="scheduled",
            categories=hotlines,
            go_live_at=now + datetime.timedelta(days=3),
        ),
        # Published, and its expiry time has passed, but publish_scheduled has not run yet.
        "expired": publish_article(
            news_index,
            title=HIDDEN["expired"],
            slug="expired",
            categories=hotlines,
            expire_at=now + datetime.timedelta(hours=1),
        ),
        "expired_processed": publish_article(
            news_index,
            title=HIDDEN["expired_processed"],
            slug="expired-processed",
            categories=hotlines,
            expire_at=now + datetime.timedelta(hours=1),
        ),
    }
    past = now - datetime.timedelta(minutes=5)
    # One expiry has been through Wagtail's scheduler (which unpublishes it); the other has
    # passed since, and the scheduler has not run again yet.
    ArticlePage.objects.filter(pk=result["expired_processed"].pk).update(expire_at=past)
    call_command("publish_scheduled", verbosity=0)
    ArticlePage.objects.filter(pk=result["expired"].pk).update(expire_at=past)
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
    for article in result.values():
        article.refresh_from_db()
    return result


def test_the_states_are_what_the_tests_assume(articles):
    assert articles["published"].live
    assert not articles["draft"].live
    assert not articles["scheduled"].live and articles["scheduled"].has_unpublished_changes
    assert articles["expired"].live and articles["expired"].expire_at < timezone.now()
    assert not articles["expired_processed"].live and articles["expired_processed"].expired


def assert_only_published(text):
    assert PUBLISHED in text
    for title in HIDDEN.values():
        assert title not in text


def test_listings_show_only_live_articles(client, articles):
    for url in ["/en/news/", "/en/news/?category=hotlines", "/fi/news/", "/de/news/?page=1"]:
        response = client.get(url)
        assert response.status_code == 200
        assert_only_published(response.content.decode())
    assert "1 result" in client.get("/en/news/").content.decode()


def test_feeds_show_only_live_articles(client, articles):
    for url in ["/en/news/feed/rss/", "/en/news/category/hotlines/feed/rss/", "/fi/news/feed/rss/"]:
        root = ET.fromstring(client.get(url).content)
        titles = [item.findtext("title") for item in root.iter("item")]
        assert titles == [PUBLISHED], url
    root = ET.fromstring(client.get("/en/news/feed/atom/").content)
    assert [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")] == [PUBLISHED]


def test_hidden_articles_are_not_found_at_their_address(client, articles):
    assert client.get("/en/news/published/").status_code == 200
    for slug in ["draft", "scheduled", "expired", "expired-processed"]:
        assert client.get(f"/en/news/{slug}/").status_code == 404, slug
        assert client.get(f"/fi/news/{slug}/").status_code == 404, slug


def test_api_lists_only_live_articles(client, articles):
    response = client.get(
        "/api/v2/pages/", {"type": "news.ArticlePage", "fields": "title", "limit": 100}
    )
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert PUBLISHED in titles
    assert titles.isdisjoint(HIDDEN.values())
    for key in HIDDEN:
        assert client.get(f"/api/v2/pages/{articles[key].pk}/").status_code == 404, key


def test_sitemap_lists_only_live_articles(client, articles):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = {url.findtext(f"{SITEMAP}loc") for url in root.iter(f"{SITEMAP}url")}
    assert "http://testserver/en/news/published/" in locations
    assert "http://testserver/en/news/" in locations
    for slug in ["draft", "scheduled", "expired", "expired-processed"]:
        assert f"http://testserver/en/news/{slug}/" not in locations


def test_search_finds_only_live_articles(client, articles):
    response = client.get("/en/search/", {"q": "zebrafish"})
    assert response.status_code == 200
    assert_only_published(response.content.decode())


def test_a_scheduled_article_appears_once_its_time_comes(client, articles):
    later = timezone.now() + datetime.timedelta(days=4)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
        assert HIDDEN["scheduled"] in client.get("/en/news/").content.decode()
        root = ET.fromstring(client.get("/en/news/feed/rss/").content)
        assert HIDDEN["scheduled"] in [item.findtext("title") for item in root.iter("item")]


XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_a_translation_with_hreflang_alternates_and_no_untranslated_copies(
    client, news_index, django_capture_on_commit_callbacks
):
    from core.localize import translate_from_strings

    translated = publish_article(news_index, title="Hotlines in Finland", slug="hotlines-fi")
    publish_article(news_index, title="Only in English", slug="only-in-english")
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        translate_from_strings(
            translated,
            "fi",
            {"Hotlines in Finland": "Vihjepalvelut Suomessa", "hotlines-fi": "vihjepalvelut"},
        )
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    english = "http://testserver/en/news/hotlines-fi/"
    finnish = "http://testserver/fi/news/vihjepalvelut/"
    both = {"en": english, "fi": finnish}
    assert entries[english] == both
    assert entries[finnish] == both
    # The untranslated copies (every other language, and the English-only article's) are
    # not pages of their own for a search engine.
    assert "http://testserver/en/news/only-in-english/" in entries
    news_urls = [loc for loc in entries if "/news/" in loc and not loc.endswith("/news/")]
    assert sorted(news_urls) == sorted(
        [english, finnish, "http://testserver/en/news/only-in-english/"]
    )
    assert entries["http://testserver/en/news/only-in-english/"] == {
        "en": "http://testserver/en/news/only-in-english/"
    }
