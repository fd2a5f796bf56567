import pytest

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from news.models import ArticleIndexPage

from .factories import ArticleCategoryFactory, ArticleIndexPageFactory

FINNISH_INDEX = {
    "News": "Uutiset",
    "Policy, research and campaign news on child safety online.": (
        "Politiikkaa, tutkimusta ja kampanjauutisia lasten turvallisuudesta verkossa."
    ),
}


@pytest.fixture
def categories(db):
    return {
        "policy": ArticleCategoryFactory(
            name="Policy and legislation", slug="policy-and-legislation"
        ),
        "hotlines": ArticleCategoryFactory(name="Hotlines", slug="hotlines"),
        "research": ArticleCategoryFactory(
            name="Research and figures", slug="research-and-figures"
        ),
    }


@pytest.fixture
def news_index(site, django_capture_on_commit_callbacks):
    """/en/news/ published, with untranslated copies everywhere and a Finnish translation."""
    with django_capture_on_commit_callbacks(execute=True):
        index = ArticleIndexPageFactory.build(locale=site.locale, live=False)
        site.add_child(instance=index)
        index.save_revision().publish()
        sync_all_locales()
        translate_from_strings(index, "fi", FINNISH_INDEX)
    return ArticleIndexPage.objects.get(pk=index.pk)
