"""Factories for news: categories, the news index and articles, created through the page tree."""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from news.models import ArticleCategory, ArticleIndexPage, ArticlePage


def english():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class ArticleCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "Articles about one kind of news."
    locale = factory.LazyFunction(english)

    class Meta:
        model = ArticleCategory
        django_get_or_create = ("slug", "locale")


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    intro = "Policy, research and campaign news on child safety online."

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hotline network report {n}")
    slug = factory.Sequence(lambda n: f"hotline-network-report-{n}")
    date = factory.Sequence(
        lambda n: (
            timezone.make_aware(datetime.datetime(2024, 1, 1, 9, 0)) + datetime.timedelta(days=n)
        )
    )
    summary = "What the network's latest figures say about reports of abuse material."
    source_title = "INHOPE annual report"
    source_url = "https://www.inhope.org/EN/articles/annual-reports"

    class Meta:
        model = ArticlePage


def publish_article(index, *, categories=(), tags=(), live=True, **fields):
    """An article under `index`, saved as a revision and published (unless `live=False`),
    the way an editor would do it in the admin."""
    article = ArticlePageFactory.build(locale=index.locale, live=False, **fields)
    index.add_child(instance=article)
    if categories:
        article.categories.set(categories)
    if tags:
        article.tags.set(list(tags))
    revision = article.save_revision()
    if live:
        revision.publish()
    article.refresh_from_db()
    return article
