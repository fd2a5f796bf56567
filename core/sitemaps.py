"""One sitemap for every language: each real page once, with hreflang alternates for its
published translations. Untranslated copies are left out (they repeat their source)."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from django.utils import timezone
from wagtail.models import Page


class PagesSitemap(Sitemap):
    limit = 5000

    def __init__(self, request):
        self.request = request
        self._alternates = None

    def items(self):
        return (
            Page.objects.live()
            .public()
            # Past its expiry but not yet unpublished by publish_scheduled.
            .exclude(expire_at__lte=timezone.now())
            .filter(depth__gt=1, alias_of__isnull=True)
            .select_related("locale")
            .only(
                "id", "url_path", "translation_key", "locale", "last_published_at", "path", "depth"
            )
            .order_by("path", "locale__language_code")
        )

    def _alternates_by_key(self):
        if self._alternates is None:
            by_key = defaultdict(list)
            for page in self.items():
                by_key[page.translation_key].append(
                    {
                        "lang_code": page.locale.language_code,
                        "location": self._absolute(page),
                    }
                )
            self._alternates = by_key
        return self._alternates

    def _absolute(self, page):
        # The host the reader asked for, not the Site record's (which may be a default).
        return self.request.build_absolute_uri(page.get_url(self.request))

    def location(self, page):
        return self._absolute(page)

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        alternates = self._alternates_by_key()
        urls = []
        for item in self.paginator.page(page).object_list:
            url = {
                "item": item,
                "location": self._absolute(item),
                "lastmod": item.last_published_at,
                "changefreq": None,
                "priority": None,
                "alternates": alternates.get(item.translation_key, []),
            }
            urls.append(url)
        return urls
