"""Sections of the home page, each filled by a content app.

A section builder takes the home page and the request and returns a `Section`, or None when
its app is not installed or has nothing to show: the home page then shows no heading and no
placeholder for it. Builders run in the order of SECTION_BUILDERS, each with a fixed number
of queries. To add a section for a new app: write `<app>_section(home, request)` here, give
it a template in home/templates/home/sections/, and add it to SECTION_BUILDERS.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone


@dataclass
class Section:
    key: str  # CSS hook and test handle: "next-sid", "featured-campaigns", "latest-news"
    template: str
    context: dict = field(default_factory=dict)


def _model(app_label, model_name):
    """A content app's model, or None while that app does not exist yet."""
    if not apps.is_installed(app_label):
        return None
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def next_safer_internet_day_section(home, request):
    """The next Safer Internet Day edition, by its stored date (never computed), with its
    slogan in the reader's language and a link to its page. Three queries."""
    SaferInternetDay = _model("events", "SaferInternetDay")
    if SaferInternetDay is None:
        return None
    today = timezone.localdate()
    manager = SaferInternetDay.objects
    if hasattr(manager, "next_edition"):
        edition = manager.next_edition(today)
    else:
        edition = manager.filter(date__gte=today).order_by("date").first()
    if edition is None:
        return None
    return Section(
        key="next-sid",
        template="home/sections/next_safer_internet_day.html",
        context={
            "edition": edition,
            "days_to_go": (edition.date - today).days,
            "slogan": getattr(edition, "slogan", ""),
            "url": _edition_url(home, edition, request),
        },
    )


def _edition_url(home, edition, request):
    """/<lang>/safer-internet-day/<year>/ for the reader's language, or "" without a section."""
    SaferInternetDayIndexPage = _model("events", "SaferInternetDayIndexPage")
    if SaferInternetDayIndexPage is None:
        return ""
    index_page = SaferInternetDayIndexPage.objects.child_of(home).live().first()
    if index_page is None:
        return ""
    if hasattr(index_page, "edition_url"):
        return index_page.edition_url(edition.year, request)
    return f"{index_page.get_url(request)}{edition.year}/"


def featured_campaigns_section(home, request):
    """The campaigns editors chose for the front page, as cards in the reader's language;
    drafts, private and expired ones left out (campaigns app; about ten queries)."""
    if not apps.is_installed("campaigns"):
        return None
    from campaigns.sections import featured_campaigns_context

    # Read through the relation so that a preview shows the choice being edited.
    campaign_ids = [item.campaign_id for item in home.featured_campaigns.all()]
    context = featured_campaigns_context(home, campaign_ids, request)
    if context is None:
        return None
    return Section(
        key="featured-campaigns",
        template="campaigns/sections/featured_campaigns.html",
        context=context,
    )


def latest_news_section(home, request):
    """The newest articles in the reader's language (news app; about five queries)."""
    if not apps.is_installed("news"):
        return None
    from news.sections import latest_news_context

    context = latest_news_context(home, request)
    if context is None:
        return None
    return Section(key="latest-news", template="news/sections/latest_news.html", context=context)


SECTION_BUILDERS = [
    next_safer_internet_day_section,
    featured_campaigns_section,
    latest_news_section,
]


def build_sections(home, request):
    """The sections that have something to show, in order."""
    sections = []
    for builder in SECTION_BUILDERS:
        section = builder(home, request)
        if section is not None:
            sections.append(section)
    return sections
