"""The "latest news" section of the home page (built by home.sections)."""

from .listing import card_queryset, feed_links, localized_categories, with_card_data

LATEST_NEWS_COUNT = 3


def latest_news_context(home, request, count=LATEST_NEWS_COUNT):
    """The newest visible articles under `home`'s news index, ready for cards, or None when
    there is no news yet. A fixed number of queries."""
    from .models import ArticleIndexPage

    index = ArticleIndexPage.objects.child_of(home).live().public().first()
    if index is None:
        return None
    articles = list(card_queryset(index.articles())[:count])
    if not articles:
        return None
    categories_by_key = {c.translation_key: c for c in localized_categories().values()}
    with_card_data(articles, categories_by_key, index.get_url(request))
    return {
        "index": index,
        "index_url": index.get_url(request),
        "articles": articles,
        "feed_links": feed_links(index, request),
    }
