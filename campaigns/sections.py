"""The "featured campaigns" section of the home page (built by home.sections)."""

from wagtail.models import Page

from .library import attach_card_details, card_queryset
from .models import (
    AgeBand,
    CampaignLibraryPage,
    ResourceType,
    Topic,
    terms_by_key,
    visible_campaigns,
)


def featured_campaigns_context(home, campaign_ids, request):
    """The chosen campaigns (`campaign_ids`, in the editor's order, any language) as the
    reader's visible campaigns under `home`, ready for cards, or None when none is visible.
    A fixed number of queries, however many are chosen."""
    if not campaign_ids:
        return None
    # The choice may point at another language's pages: a campaign and its translations
    # share a translation_key, so the reader's own version is found through it.
    keys = dict(Page.objects.filter(pk__in=campaign_ids).values_list("pk", "translation_key"))
    order = {}
    for campaign_id in campaign_ids:
        if campaign_id in keys:
            order.setdefault(keys[campaign_id], len(order))
    if not order:
        return None
    campaigns = list(
        card_queryset(visible_campaigns(home.locale).filter(translation_key__in=list(order)))
    )
    if not campaigns:
        return None
    campaigns.sort(key=lambda campaign: order[campaign.translation_key])
    catalogues = {
        model: terms_by_key(model, home.locale) for model in (Topic, AgeBand, ResourceType)
    }
    attach_card_details(campaigns, catalogues)
    library = CampaignLibraryPage.objects.child_of(home).live().public().first()
    return {
        "campaigns": campaigns,
        "library_url": library.get_url(request) if library is not None else "",
    }
