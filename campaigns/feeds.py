"""RSS 2.0 and Atom feeds of a language's newest campaigns, for partner sites and readers who
follow the library: only live, public, unexpired campaigns of that language."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.feeds import SectionFeed

FEED_LENGTH = 30


class CampaignRssFeed(SectionFeed):
    @property
    def library(self):
        return self.section

    def title(self):
        return _("%(section)s · %(site)s") % {
            "section": self.library.title,
            "site": _("Safer Internet Hub"),
        }

    def link(self):
        return self.library.get_url(self.request)

    def feed_url(self):
        return self.library.feed_url(self.kind, self.request)

    def description(self):
        return self.library.intro or _("New campaigns and lesson material on child safety online.")

    subtitle = description

    def items(self):
        from .models import visible_campaigns

        # Real campaigns of the language only: an untranslated copy is news to nobody.
        return list(
            visible_campaigns(self.library.locale)
            .filter(alias_of__isnull=True)
            .select_related("publisher")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_pubdate(self, campaign):
        return campaign.first_published_at

    def item_updateddate(self, campaign):
        return campaign.last_published_at or campaign.first_published_at

    def item_author_name(self, campaign):
        return campaign.publisher.name if campaign.publisher_id else None


class CampaignAtomFeed(CampaignRssFeed):
    feed_type = Atom1Feed
