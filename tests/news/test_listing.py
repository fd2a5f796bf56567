"""The news listing: filters, pagination, bad input and a fixed number of queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from news.models import ArticleIndexPage

from .factories import publish_article

pytestmark = pytest.mark.django_db


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 0))


def titles(response):
    """Article titles on a listing page, in order."""
    html = response.content.decode()
    return re.findall(r'<a class="card__link" href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def articles(news_index, categories):
    policy, hotlines, research = (
        categories["policy"],
        categories["hotlines"],
        categories["research"],
    )
    return {
        "strategy": publish_article(
            news_index,
            title="EU strategy sets out eight initiatives",
            slug="eu-strategy",
            date=at(2020, 7, 24),
            categories=[policy],
            tags=["EU strategy"],
        ),
        "figures": publish_article(
            news_index,
            title="Reports rose to more than 725,000",
            slug="reports-rose",
            date=at(2020, 7, 25),
            categories=[research],
            tags=["EU strategy", "NCMEC"],
        ),
        "interim": publish_article(
            news_index,
            title="Interim regulation adopted",
            slug="interim-regulation",
            date=at(2021, 7, 14),
            categories=[policy],
            tags=["interim regulation"],
        ),
        "inhope": publish_article(
            news_index,
            title="INHOPE network grows",
            slug="inhope-network",
            date=at(2025, 9, 16),
            categories=[hotlines],
            tags=["INHOPE", "reporting"],
        ),
        "cybertipline": publish_article(
            news_index,
            title="How the CyberTipline works",
            slug="cybertipline",
            date=at(2025, 6, 10),
            categories=[hotlines, research],
            tags=["NCMEC", "reporting"],
        ),
    }


def test_listing_shows_articles_newest_first(client, articles):
    response = client.get("/en/news/")
    assert response.status_code == 200
    assert titles(response) == [
        "INHOPE network grows",
        "How the CyberTipline works",
        "Interim regulation adopted",
        "Reports rose to more than 725,000",
        "EU strategy sets out eight initiatives",
    ]
    html = response.content.decode()
    assert html.count("<h1>") == 1
    assert "5 results" in html


def test_listing_dates_are_shown_in_the_readers_language(
    client, articles, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
    english = client.get("/en/news/").content.decode()
    assert "Sept. 16, 2025" in english
    finnish = client.get("/fi/news/").content.decode()
    assert "16. syyskuuta 2025" in finnish


FILTER_CASES = [
    (
        {"category": "policy-and-legislation"},
        {"Interim regulation adopted", "EU strategy sets out eight initiatives"},
    ),
    ({"category": "hotlines"}, {"INHOPE network grows", "How the CyberTipline works"}),
    ({"tag": "ncmec"}, {"Reports rose to more than 725,000", "How the CyberTipline works"}),
    (
        {"year": "2020"},
        {"Reports rose to more than 725,000", "EU strategy sets out eight initiatives"},
    ),
    # Values of one kind widen the choice...
    (
        {"category": ["hotlines", "research-and-figures"]},
        {"INHOPE network grows", "How the CyberTipline works", "Reports rose to more than 725,000"},
    ),
    (
        {"year": ["2021", "2025"]},
        {"Interim regulation adopted", "INHOPE network grows", "How the CyberTipline works"},
    ),
    # ...different kinds narrow it.
    ({"category": "research-and-figures", "year": "2025"}, {"How the CyberTipline works"}),
    (
        {"tag": "reporting", "category": "hotlines", "year": "2025"},
        {"INHOPE network grows", "How the CyberTipline works"},
    ),
    (
        {"tag": ["eu-strategy", "inhope"], "category": "policy-and-legislation"},
        {"EU strategy sets out eight initiatives"},
    ),
    ({"category": "policy-and-legislation", "year": "2025"}, set()),
]


def test_filters(client, articles):
    # One site for every case: building the page tree is the slow part of these tests.
    for query, expected in FILTER_CASES:
        response = client.get("/en/news/", query)
        assert response.status_code == 200, query
        assert set(titles(response)) == expected, query
        if not expected:
            assert "No articles match these filters" in response.content.decode()


def test_filter_panel_marks_chosen_values_and_offers_removal(client, articles):
    html = client.get("/en/news/", {"category": "hotlines", "tag": "reporting"}).content.decode()
    assert re.search(r'name="category" value="hotlines" checked', html)
    assert re.search(r'name="tag" value="reporting" checked', html)
    assert not re.search(r'name="category" value="policy-and-legislation" checked', html)
    # Each filter in use has a link that removes only that one.
    assert 'href="/en/news/?tag=reporting"' in html
    assert 'href="/en/news/?category=hotlines"' in html


def test_cards_link_to_their_category_and_tag_filters(client, articles):
    html = client.get("/en/news/").content.decode()
    assert 'href="/en/news/?category=hotlines">Hotlines</a>' in html
    assert 'href="/en/news/?tag=interim-regulation">#interim regulation</a>' in html


JUNK_FILTERS = [
    {"category": "no-such-category"},
    {"tag": "no-such-tag"},
    {"year": "1999"},
    {"year": "twenty"},
    {"year": "２０２０"},
    {"year": "-2020"},
    {"category": "<script>alert(1)</script>"},
    {"tag": "x" * 5000},
    {"category": ["hotlines"] * 500},
    {"year": "99999999999999999999"},
]


def test_unknown_or_junk_filters_give_a_normal_page(client, articles):
    for query in JUNK_FILTERS:
        response = client.get("/en/news/", query)
        assert response.status_code == 200, query
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        if "hotlines" not in query.get("category", []):
            # Unknown values are left out (all articles show) and the reader is told so.
            assert len(titles(response)) == 5, query
            assert "were left out" in html, query


def test_unknown_value_next_to_a_known_one_keeps_the_known_filter(client, articles):
    response = client.get("/en/news/", {"category": ["hotlines", "nope"], "year": ["2025", "1066"]})
    assert set(titles(response)) == {"INHOPE network grows", "How the CyberTipline works"}
    html = response.content.decode()
    assert "were left out" in html
    # Removal links never carry the unknown values along.
    assert "nope" not in html.split('class="active-filters"')[1]
    assert "1066" not in html.split('class="active-filters"')[1]


def test_bad_page_numbers_give_a_normal_page(client, articles):
    for page in ["abc", "0", "-1", "2", "99999", "1e9", "", "9" * 50, "1.5", "\x00"]:
        response = client.get("/en/news/", {"page": page})
        assert response.status_code == 200, page
        assert len(titles(response)) == 5, page


def test_pagination_keeps_filters(client, news_index, categories):
    for day in range(1, 16):
        publish_article(
            news_index,
            title=f"Policy brief {day:02d}",
            slug=f"policy-brief-{day}",
            date=at(2024, 3, day),
            categories=[categories["policy"]],
        )
    first = client.get("/en/news/", {"category": "policy-and-legislation"})
    assert len(titles(first)) == ArticleIndexPage.articles_per_page == 12
    assert titles(first)[0] == "Policy brief 15"
    html = first.content.decode()
    assert "category=policy-and-legislation&amp;page=2" in html
    second = client.get("/en/news/", {"category": "policy-and-legislation", "page": "2"})
    assert titles(second) == ["Policy brief 03", "Policy brief 02", "Policy brief 01"]
    # Past the end: the last page, not an error.
    assert titles(client.get("/en/news/", {"page": "7"})) == titles(second)


def test_finnish_listing_names_categories_in_finnish(
    client, articles, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_strings(
            articles["inhope"].categories.first(),
            "fi",
            {
                "Hotlines": "Vihjepalvelut",
                "Articles about one kind of news.": "Yhden aiheen uutisia.",
            },
        )
        sync_all_locales()
    html = client.get("/fi/news/", {"category": "hotlines"}).content.decode()
    assert "Vihjepalvelut" in html
    assert 'href="/fi/news/?category=hotlines">Vihjepalvelut</a>' in html
    # Untranslated articles are shown with the language they are written in.
    assert '<li class="card-list__item" lang="en" dir="ltr">' in html


def test_arabic_listing_marks_english_copies_left_to_right(
    client, articles, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
    html = client.get("/ar/news/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert html.count('<li class="card-list__item" lang="en" dir="ltr">') == 5


def _listing_queries(client, query=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/news/", query or {})
    assert response.status_code == 200
    return len(queries), response


def test_listing_query_count_does_not_grow_with_articles(client, news_index, categories):
    tags = ["INHOPE", "NCMEC", "reporting", "EU strategy"]
    cats = list(categories.values())

    def add(count, start):
        for n in range(start, start + count):
            publish_article(
                news_index,
                title=f"Article {n}",
                slug=f"article-{n}",
                date=at(2015 + n % 10, 1 + n % 12, 1 + n % 28),
                categories=[cats[n % 3], cats[(n + 1) % 3]],
                tags=[tags[n % 4], tags[(n + 2) % 4]],
            )

    add(5, 0)
    client.get("/en/news/")  # warm per-process caches (site root paths, content types)
    few, _response = _listing_queries(client)
    few_filtered, _response = _listing_queries(
        client, {"category": "hotlines", "tag": "ncmec", "year": ["2016", "2020"]}
    )
    add(45, 5)
    many, response = _listing_queries(client)
    many_filtered, _response = _listing_queries(
        client, {"category": "hotlines", "tag": "ncmec", "year": ["2016", "2020"]}
    )
    assert len(titles(response)) == 12
    assert few == many
    assert few_filtered == many_filtered
    assert many <= 25


def test_listing_stays_within_its_query_budget(client, articles, django_assert_max_num_queries):
    client.get("/en/news/")
    with django_assert_max_num_queries(25):
        response = client.get("/en/news/", {"category": "hotlines", "page": "1"})
    assert response.status_code == 200
