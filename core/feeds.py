"""The shared shape of the site's RSS and Atom feeds: built per request (a feed keeps the
request and its section page, so instances are never shared), cacheable for every reader of
a language, one item per page with its title, summary and address."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed


class SectionFeed(Feed):
    feed_type = Rss201rev2Feed
    # The same for every reader of a language; readers poll often.
    cache_seconds = 900
    item_guid_is_permalink = True

    def __init__(self, section):
        super().__init__()
        self.section = section
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = f"public, max-age={self.cache_seconds}"
        return response

    @property
    def kind(self):
        return "atom" if self.feed_type is Atom1Feed else "rss"

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page.get_url(self.request)
