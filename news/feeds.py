"""RSS 2.0 and Atom feeds of a language's news, or of one category, newest first."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.feeds import SectionFeed

from .listing import card_queryset, with_card_data


class ArticleRssFeed(SectionFeed):
    """The news of a language, or of one category when `category` is given."""

    def __init__(self, index_page, category=None):
        super().__init__(index_page)
        self.category = category

    @property
    def index_page(self):
        return self.section

    def get_object(self, request, *args, **kwargs):
        return self.category

    # Feed-level fields ---------------------------------------------------------------
    def title(self, category):
        site_title = _("Safer Internet Hub")
        if category is not None:
            return _("%(category)s · %(section)s · %(site)s") % {
                "category": category.name,
                "section": self.index_page.title,
                "site": site_title,
            }
        return _("%(section)s · %(site)s") % {"section": self.index_page.title, "site": site_title}

    def link(self, category):
        url = self.index_page.get_url(self.request)
        return f"{url}?category={category.slug}" if category is not None else url

    def feed_url(self, category):
        return self.index_page.feed_url(
            self.kind, category.slug if category else None, self.request
        )

    def description(self, category):
        if category is not None and category.description:
            return category.description
        return self.index_page.intro or _("News and policy on child safety online.")

    subtitle = description

    def items(self, category):
        articles = self.index_page.articles()
        if category is not None:
            articles = articles.filter(categories__slug=category.slug)
        from .listing import localized_categories

        categories_by_key = {c.translation_key: c for c in localized_categories().values()}
        articles = list(card_queryset(articles)[: self.index_page.articles_per_feed])
        return with_card_data(articles, categories_by_key)

    # Item fields -----------------------------------------------------------------------
    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        return article.last_published_at or article.date

    def item_author_name(self, article):
        organisation = article.source_organisation
        return organisation.name if organisation is not None else None

    def item_categories(self, article):
        return [category.name for category in article.card_categories] + [
            tag.name for tag in article.card_tags
        ]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
