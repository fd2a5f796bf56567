"""The news demo: real, sourced articles, translated for real, and safe to load twice."""

import pytest
from wagtail.models import Locale

from news import demo
from news.demo_articles import ARTICLES
from news.models import ArticleCategory, ArticleIndexPage, ArticlePage

pytestmark = pytest.mark.django_db


class Out:
    def __init__(self):
        self.lines = []
        self.created = 0
        self.updated = 0

    def step(self, message):
        self.lines.append(message)

    def record(self, created):
        if created:
            self.created += 1
        else:
            self.updated += 1


def test_demo_news_is_complete_translated_and_idempotent(client, site):
    first = Out()
    demo.load(first)
    english = Locale.objects.get(language_code="en")
    assert ArticlePage.objects.filter(locale=english).count() == len(ARTICLES) >= 12
    assert first.created == len(ARTICLES) + 5 + 1  # articles, categories, index
    assert any("articles translated into fi, fr" in line for line in first.lines)

    second = Out()
    demo.load(second)
    assert second.created == 0
    assert ArticlePage.objects.filter(locale=english).count() == len(ARTICLES)
    assert ArticleCategory.objects.filter(locale=english).count() == 5

    # Every English article is dated, sourced over https and categorised.
    for article in ArticlePage.objects.filter(locale=english):
        assert article.source_url.startswith("https://"), article
        assert article.source_title, article
        assert article.categories.exists(), article
        assert article.tags.exists(), article

    # Real translations in fi and fr: every translated text differs from the English.
    for code in ["fi", "fr"]:
        locale = Locale.objects.get(language_code=code)
        translated = ArticlePage.objects.filter(locale=locale, alias_of__isnull=True, live=True)
        assert translated.count() == len(ARTICLES), code
        for page in translated:
            source = page.get_translation(english)
            for field in ["title", "slug", "summary", "source_title", "dateline"]:
                if getattr(source, field):
                    assert getattr(page, field) != getattr(source, field), (code, field, source)
            assert str(page.body) != str(source.body)
            assert page.date == source.date
            assert page.source_url == source.source_url

    # The index and the categories are translated into the six demo languages.
    for code in ["fi", "fr", "de", "pl", "el", "ar"]:
        locale = Locale.objects.get(language_code=code)
        index = ArticleIndexPage.objects.get(locale=locale)
        assert index.alias_of_id is None and index.slug == "news"
        assert index.title != "News" and index.intro
        names = set(ArticleCategory.objects.filter(locale=locale).values_list("name", flat=True))
        assert len(names) == 5 and "Hotlines" not in names, code
    arabic = ArticleCategory.objects.get(locale__language_code="ar", slug="hotlines")
    assert any("\u0600" <= char <= "\u06ff" for char in arabic.name)

    response = client.get("/en/news/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{len(ARTICLES)} results" in html
    assert "Save the date: Safer Internet Day 2027 on 9 February" in html
    finnish = client.get("/fi/news/").content.decode()
    assert "Merkitse kalenteriin: Turvallisemman internetin päivä 9. helmikuuta 2027" in finnish
    assert "Vihjepalvelut" in finnish
    french = client.get("/fr/news/journee-internet-plus-sur-2026/")
    assert french.status_code == 200
    assert "Journée pour un internet plus sûr 2026" in french.content.decode()
    greek = client.get("/el/news/").content.decode()
    assert "<h1>Νέα</h1>" in greek
