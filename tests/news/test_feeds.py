"""RSS 2.0 and Atom feeds per language and per category, and the links that announce them."""

import datetime
import email.utils
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from core.locales import sync_all_locales
from core.localize import translate_from_strings

from .factories import publish_article

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def at(year, month, day, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, 0))


@pytest.fixture
def articles(news_index, categories):
    return [
        publish_article(
            news_index,
            title="Interim regulation extended until April 2026",
            slug="interim-regulation-extended",
            date=at(2024, 4, 29),
            summary="The temporary exception from the ePrivacy rules stays in place.",
            categories=[categories["policy"]],
            tags=["interim regulation"],
        ),
        publish_article(
            news_index,
            title="INHOPE: more than 50 hotlines",
            slug="inhope-hotlines",
            date=at(2025, 9, 16, 14),
            summary="Member hotlines take anonymous reports & have material removed.",
            categories=[categories["hotlines"]],
            tags=["INHOPE"],
        ),
        publish_article(
            news_index,
            title="Reports rose to more than 725,000",
            slug="reports-rose",
            date=at(2020, 7, 24),
            categories=[categories["research"], categories["policy"]],
        ),
    ]


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel"), root.find("channel").findall("item")


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root, root.findall(f"{ATOM}entry")


def test_rss_feed_lists_articles_newest_first_with_dates_and_links(client, articles):
    channel, items = rss_items(client.get("/en/news/feed/rss/"))
    assert channel.findtext("title") == "News · Safer Internet Hub"
    assert channel.findtext("link") == "http://testserver/en/news/"
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in items] == [
        "INHOPE: more than 50 hotlines",
        "Interim regulation extended until April 2026",
        "Reports rose to more than 725,000",
    ]
    first = items[0]
    assert first.findtext("link") == "http://testserver/en/news/inhope-hotlines/"
    assert first.findtext("guid") == "http://testserver/en/news/inhope-hotlines/"
    assert first.findtext("description") == (
        "Member hotlines take anonymous reports & have material removed."
    )
    published = email.utils.parsedate_to_datetime(first.findtext("pubDate"))
    assert published == at(2025, 9, 16, 14)
    assert {c.text for c in first.findall("category")} == {"Hotlines", "INHOPE"}


def test_atom_feed_has_entries_with_published_and_updated_dates(client, articles):
    root, entries = atom_entries(client.get("/en/news/feed/atom/"))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    self_link = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link[0].get("href") == "http://testserver/en/news/feed/atom/"
    assert [entry.findtext(f"{ATOM}title") for entry in entries][
        0
    ] == "INHOPE: more than 50 hotlines"
    entry = entries[0]
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/en/news/inhope-hotlines/"
    published = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}published"))
    assert published == at(2025, 9, 16, 14)
    updated = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
    assert updated >= published
    assert entry.findtext(f"{ATOM}id") == "http://testserver/en/news/inhope-hotlines/"


def test_category_feeds_hold_only_that_category(client, articles):
    _channel, items = rss_items(client.get("/en/news/category/policy-and-legislation/feed/rss/"))
    assert [item.findtext("title") for item in items] == [
        "Interim regulation extended until April 2026",
        "Reports rose to more than 725,000",
    ]
    root, entries = atom_entries(client.get("/en/news/category/hotlines/feed/atom/"))
    assert root.findtext(f"{ATOM}title") == "Hotlines · News · Safer Internet Hub"
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "INHOPE: more than 50 hotlines"
    ]
    # A category nobody used yet has an empty feed, not an error.
    from .factories import ArticleCategoryFactory

    ArticleCategoryFactory(name="Safer Internet Day", slug="safer-internet-day")
    _channel, items = rss_items(client.get("/en/news/category/safer-internet-day/feed/rss/"))
    assert items == []


@pytest.mark.parametrize(
    "path",
    [
        "/en/news/category/no-such-category/feed/rss/",
        "/en/news/category/no-such-category/feed/atom/",
        "/en/news/feed/json/",
        "/en/news/category/hotlines/feed/",
    ],
)
def test_unknown_feeds_are_not_found(client, articles, path):
    assert client.get(path).status_code == 404


def test_feeds_are_per_language(client, articles, news_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        finnish = translate_from_strings(
            articles[1],
            "fi",
            {
                "INHOPE: more than 50 hotlines": "INHOPE: yli 50 vihjepalvelua",
                "inhope-hotlines": "inhope-vihjepalvelut",
            },
        )
    assert finnish.title == "INHOPE: yli 50 vihjepalvelua"
    channel, items = rss_items(client.get("/fi/news/feed/rss/"))
    assert channel.findtext("language") == "fi"
    assert channel.findtext("title").startswith("Uutiset · ")
    assert channel.findtext("link") == "http://testserver/fi/news/"
    by_title = {item.findtext("title"): item for item in items}
    # The Finnish translation, and the untranslated copies of the others, all under /fi/.
    assert set(by_title) == {
        "INHOPE: yli 50 vihjepalvelua",
        "Interim regulation extended until April 2026",
        "Reports rose to more than 725,000",
    }
    assert by_title["INHOPE: yli 50 vihjepalvelua"].findtext("link") == (
        "http://testserver/fi/news/inhope-vihjepalvelut/"
    )
    assert all(item.findtext("link").startswith("http://testserver/fi/news/") for item in items)


def test_feeds_are_announced_on_the_listing_and_articles(client, articles):
    listing = client.get("/en/news/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="/en/news/feed/rss/">'
        in listing
    )
    assert (
        '<link rel="alternate" type="application/atom+xml" title="News (Atom)" href="/en/news/feed/atom/">'
        in listing
    )
    # With one category chosen, that category's feeds are offered too.
    filtered = client.get("/en/news/", {"category": "hotlines"}).content.decode()
    assert (
        'type="application/rss+xml" title="News: Hotlines (RSS)" href="/en/news/category/hotlines/feed/rss/"'
        in filtered
    )
    assert (
        'type="application/atom+xml" title="News: Hotlines (Atom)" href="/en/news/category/hotlines/feed/atom/"'
        in filtered
    )
    article = client.get(articles[0].url).content.decode()
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]+href="/en/news/feed/rss/"', article
    )
    assert re.search(
        r'<link rel="alternate" type="application/atom\+xml"[^>]+href="/en/news/feed/atom/"',
        article,
    )


def test_feed_titles_with_markup_are_escaped_not_injected(client, news_index, categories):
    publish_article(news_index, title="Hotlines & <b>helplines</b> ]]> report", slug="markup")
    _channel, items = rss_items(client.get("/en/news/feed/rss/"))
    assert items[0].findtext("title") == "Hotlines & <b>helplines</b> ]]> report"


def test_finnish_category_feed_names_the_category_in_finnish(
    client, articles, categories, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        translate_from_strings(
            categories["hotlines"],
            "fi",
            {
                "Hotlines": "Vihjepalvelut",
                "Articles about one kind of news.": "Yhden aiheen uutiset.",
            },
        )
    # The slug stays the same in every language (it is synchronised), so the address holds.
    root, entries = atom_entries(client.get("/fi/news/category/hotlines/feed/atom/"))
    assert root.findtext(f"{ATOM}title").startswith("Vihjepalvelut · Uutiset · ")
    assert root.findtext(f"{ATOM}subtitle") == "Yhden aiheen uutiset."
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "INHOPE: more than 50 hotlines"
    ]
    terms = {category.get("term") for category in entries[0].findall(f"{ATOM}category")}
    assert "Vihjepalvelut" in terms and "Hotlines" not in terms
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "http://testserver/fi/news/inhope-hotlines/"
