"""The home page's "latest news" section."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.locales import sync_all_locales

from .factories import publish_article

pytestmark = pytest.mark.django_db


def at(day):
    return timezone.make_aware(datetime.datetime(2025, 3, day, 9, 0))


def section(html):
    start = html.index('aria-labelledby="latest-news-title"')
    return html[start : html.index("</section>", start)]


def test_home_page_shows_the_three_newest_live_articles(
    client, news_index, django_capture_on_commit_callbacks
):
    assert "latest-news-title" not in client.get("/en/").content.decode()
    for day in range(1, 6):
        publish_article(
            news_index, title=f"Hotline update {day}", slug=f"update-{day}", date=at(day)
        )
    publish_article(news_index, title="Hotline update draft", slug="draft", date=at(20), live=False)
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()

    with CaptureQueriesContext(connection) as few:
        html = client.get("/en/").content.decode()
    news = section(html)
    assert '<h2 id="latest-news-title">Latest news</h2>' in news
    assert [
        t for t in ["Hotline update 5", "Hotline update 4", "Hotline update 3"] if t in news
    ] == [
        "Hotline update 5",
        "Hotline update 4",
        "Hotline update 3",
    ]
    assert news.index("Hotline update 5") < news.index("Hotline update 4")
    assert "Hotline update 2" not in news and "draft" not in news
    assert 'href="/en/news/">All news</a>' in news
    assert 'href="/en/news/feed/rss/"' in news

    finnish = section(client.get("/fi/").content.decode())
    assert 'href="/fi/news/update-5/"' in finnish
    assert 'lang="en"' in finnish  # untranslated copies say what language they are in

    for day in range(6, 16):
        publish_article(
            news_index, title=f"Hotline update {day}", slug=f"update-{day}", date=at(day)
        )
    with CaptureQueriesContext(connection) as many:
        client.get("/en/")
    assert len(many) == len(few)
