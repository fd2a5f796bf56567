"""Content written to attack the site, stored straight into the demo database (as an import,
the API or a compromised editor account could), for the injection tests. Every payload,
if it ever ran, would set `window.__injected` and open a dialog.

Run inside the demo server's environment: `manage.py shell -c "from
tests.browser.hostile_content import load; load()"`. Prints the paths of the pages that show
the content, as JSON."""

import datetime
import json

from django.conf import settings
from django.db import transaction
from django.utils import timezone

SCRIPT = "<script>window.__injected=1;alert('script')</script>"
IMG = "<img src=x onerror=\"window.__injected=1;alert('onerror')\">"
SVG = "<svg onload=\"window.__injected=1;alert('svg')\"></svg>"
JS_URL = "javascript:window.__injected=1;alert('url')"
CSS = (
    '<style>body{display:none!important}</style><div style="position:fixed;inset:0;'
    "background:url('javascript:alert(1)')\">cover</div>"
)
PAYLOAD = f"Hostile {SCRIPT}{IMG}{SVG}{CSS}"
# The event form refuses anything that looks like a tag; this gets through that check and
# attacks what is left: attribute quotes, entities a second decoding would turn into markup,
# template syntax and a javascript: address written as text.
FORM_PAYLOAD = (
    "Hostile \" onmouseover=\"window.__injected=1\" ' onfocus='window.__injected=1' "
    "&lt;script&gt;window.__injected=1&lt;/script&gt; {{ 7|add:1 }} javascript:alert(1)"
)
MARKER = "Hostile"
HOSTILE_SLUGS = ["hostile-campaign", "hostile-event", "hostile-event-links", "hostile-article"]

RICH_TEXT = (
    f"<p>{PAYLOAD}</p>"
    f'<p><a href="{JS_URL}">a javascript: link</a> <a href="{JS_URL}" linktype="external">another</a></p>'
    f'<p><a href="https://example.org/" onclick="window.__injected=1;alert(\'click\')">'
    "a link with a handler</a></p>"
    f'<iframe src="{JS_URL}"></iframe><object data="{JS_URL}"></object>'
)


def _body():
    return [
        {"type": "heading", "value": {"level": "h2", "text": PAYLOAD[:150]}},
        {"type": "paragraph", "value": RICH_TEXT},
        {"type": "quote", "value": {"text": PAYLOAD, "attribution": PAYLOAD[:150]}},
        {
            "type": "call_to_action",
            "value": {
                "title": PAYLOAD[:150],
                "text": PAYLOAD[:500],
                "link": {"page": None, "url": JS_URL},
                "button_label": "Hostile button",
            },
        },
        {
            "type": "key_facts",
            "value": {
                "title": PAYLOAD[:150],
                "facts": [
                    {
                        "value": "<b>9</b>",
                        "label": PAYLOAD[:200],
                        "source": PAYLOAD[:200],
                        "source_url": JS_URL,
                    }
                ],
            },
        },
        {
            "type": "accordion",
            "value": {
                "title": PAYLOAD[:150],
                "questions": [{"question": PAYLOAD[:250], "answer": RICH_TEXT}],
            },
        },
        {
            "type": "video",
            "value": {
                "provider": "youtube",
                "video_id": "M7lc1UVf-VE",
                "title": PAYLOAD[:200],
                "poster": None,
                "transcript": RICH_TEXT,
            },
        },
        # Shows the site settings, which load() fills with payloads.
        {"type": "contact_details", "value": None},
        {
            "type": "table",
            "value": {
                "table": {
                    "caption": PAYLOAD,
                    "columns": [
                        {"type": "text", "heading": PAYLOAD[:150]},
                        {"type": "number", "heading": f"Figures {IMG}"},
                    ],
                    "rows": [{"values": [PAYLOAD[:300], "12"]}, {"values": [SCRIPT, "3"]}],
                },
                "row_headers": True,
            },
        },
        _image_block(),
    ]


def _image_block():
    from wagtail.images import get_image_model

    image = get_image_model().objects.order_by("pk").first()
    # Without an image the block would render nothing and the alt text and caption would go
    # untested while the suite still passed.
    assert image is not None, "the demo content has no image for the hostile image block"
    return {"type": "image", "value": {"image": image.pk, "alt_text": PAYLOAD, "caption": PAYLOAD}}


def _key_figure():
    return {
        "type": "key_figure",
        "value": {
            "number": "725000",
            "unit": f"{IMG}"[:40],
            "label": PAYLOAD[:200],
            "source": PAYLOAD[:200],
            "source_url": JS_URL,
            "year": 2020,
        },
    }


def _promo():
    return {
        "type": "promo",
        "value": {
            "title": PAYLOAD[:120],
            "text": PAYLOAD[:300],
            "link": {"page": None, "url": JS_URL},
            "image": None,
        },
    }


def _taint(instance, field, payload=IMG, max_length=None):
    """Append `payload` to a stored name once (load() may run twice on one database)."""
    value = getattr(instance, field)
    if payload not in value:
        value = f"{value} {payload}"
        setattr(instance, field, value[:max_length] if max_length else value)


@transaction.atomic
def load():
    from taggit.models import Tag
    from wagtail.models import Page

    from campaigns.models import CampaignLibraryPage, Resource, ResourceType, Topic
    from core.models import SiteSettings
    from directory.models import Country, Organisation, OrganisationPhone
    from events.models import (
        AttendanceMode,
        Audience,
        EventIndexPage,
        EventPage,
        SaferInternetDayIndexPage,
    )
    from home.models import HomePage
    from news.models import ArticleCategory, ArticleIndexPage, ArticlePage
    from tests.campaigns.factories import make_campaign

    english = {"locale__language_code": settings.LANGUAGE_CODE}
    # Idempotent: a second run replaces the pages of the first.
    for page in Page.objects.filter(slug__in=HOSTILE_SLUGS):
        page.delete()
    long_ago = timezone.make_aware(datetime.datetime(2015, 2, 10, 9, 0))

    # Taxonomy names, as an import or the API could store them.
    topic = Topic.objects.filter(**english).order_by("pk").first()
    _taint(topic, "name", f"{SCRIPT}{IMG}")
    topic.save()
    resource_type = ResourceType.objects.filter(**english).order_by("pk").first()
    _taint(resource_type, "name")
    resource_type.save()
    category, _created = ArticleCategory.objects.update_or_create(
        slug="hostile-category",
        locale=ArticleIndexPage.objects.get(**english).locale,
        defaults={"name": f"Hostile {IMG}"[:80], "description": PAYLOAD[:250]},
    )
    tag, _created = Tag.objects.get_or_create(slug="hostile-tag", defaults={"name": f"{SVG}"[:100]})
    # Event audiences are named by the interface; an unknown slug is shown as it is stored.
    audience, _created = Audience.objects.get_or_create(slug=f"x{IMG}"[:40])

    # The site settings behind the contact details block, the header and the footer.
    SiteSettings.objects.update(
        organisation_name=PAYLOAD[:150],
        contact_email=f"x@example.org{SCRIPT}"[:254],
        mastodon_url=JS_URL,
        youtube_url=JS_URL,
    )

    library = CampaignLibraryPage.objects.get(**english)
    campaign = make_campaign(
        library,
        f"{PAYLOAD} campaign"[:255],
        slug="hostile-campaign",
        summary=PAYLOAD,
        topics=[topic.slug],
        published_at=long_ago,
        body=_body(),
        usage_conditions=PAYLOAD,
    )
    campaign.resources.add(
        Resource(title=PAYLOAD[:200], resource_type=resource_type, url="https://example.org/x")
    )
    campaign.save_revision().publish()

    organisation = (
        Organisation.objects.filter(country__code="FI", **english).order_by("position").first()
    )
    _taint(organisation, "name", SCRIPT, max_length=200)
    organisation.description = PAYLOAD
    organisation.save()
    # Addresses and opening hours are checked on save; these go behind that check.
    Organisation.objects.filter(pk=organisation.pk).update(
        hours=PAYLOAD[:200],
        # languages holds codes that Babel parses: markup there is a 500 (reported), not a
        # rendering question, so only letters go in.
        languages="fi sv",
    )
    # javascript: addresses go into another country's organisation: the directory still
    # prints them as links (test_injection marks that as a known failure), and the rest of the
    # matrix must keep its meaning until that is fixed.
    linked = (
        Organisation.objects.filter(**english)
        .exclude(country__code="FI")
        .exclude(country=None)
        .order_by("country__code", "position")
        .first()
    )
    Organisation.objects.filter(pk=linked.pk).update(
        website=JS_URL, report_url=JS_URL, chat_url=JS_URL
    )
    OrganisationPhone.objects.filter(organisation=organisation).update(
        label=PAYLOAD[:120], display=IMG[:40]
    )

    events = EventIndexPage.objects.get(**english)
    # Event pages refuse markup on save; the payload goes into the row behind their back, as
    # an old import or a direct database edit could.
    event = EventPage(
        title="Hostile event",
        slug="hostile-event",
        description="Placeholder",
        start_date=datetime.date(2030, 2, 12),
        start_time=datetime.time(10, 0),
        end_date=datetime.date(2030, 2, 12),
        end_time=datetime.time(11, 0),
        time_zone="Europe/Helsinki",
        attendance_mode=AttendanceMode.MIXED,
        venue_name="Hall",
        city="Tampere",
        country=Country.objects.get(code="FI"),
        online_url="https://meet.example.org/hostile",
        organiser_name="Hostile organiser",
        organiser_website="https://hostile.example.org/",
    )
    events.add_child(instance=event)
    event.audiences.add(audience)
    event.save_revision().publish()
    EventPage.objects.filter(pk=event.pk).update(
        title=f"{PAYLOAD} event"[:255],
        description=PAYLOAD,
        venue_name=PAYLOAD[:200],
        street_address=PAYLOAD[:200],
        accessibility_notes=PAYLOAD,
        organiser_name=f"Hostile organiser {IMG}"[:200],
    )
    # Like the organisation's, an event's addresses are still printed as stored (a known
    # failure in test_injection): they go into an event of their own.
    linked_event = EventPage(
        title="Hostile event links",
        slug="hostile-event-links",
        description="An event whose addresses were stored behind the form's checks.",
        start_date=datetime.date(2030, 2, 13),
        start_time=datetime.time(10, 0),
        end_date=datetime.date(2030, 2, 13),
        end_time=datetime.time(11, 0),
        time_zone="Europe/Helsinki",
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/hostile",
        organiser_name="Hostile organiser",
        organiser_website="https://hostile.example.org/",
    )
    events.add_child(instance=linked_event)
    linked_event.save_revision().publish()
    EventPage.objects.filter(pk=linked_event.pk).update(online_url=JS_URL, organiser_website=JS_URL)

    news = ArticleIndexPage.objects.get(**english)
    article = ArticlePage(
        title=f"{PAYLOAD} article"[:255],
        slug="hostile-article",
        date=long_ago,
        dateline=PAYLOAD[:120],
        summary=PAYLOAD[:300],
        body=[*_body(), _key_figure()],
        source_title=PAYLOAD[:200],
        source_url="https://example.org/source",
        source_organisation=organisation,
        locale=news.locale,
    )
    article.categories = [category]
    news.add_child(instance=article)
    article.tags.add(tag)
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=long_ago)

    home = HomePage.objects.get(**english)
    home.hero_heading = PAYLOAD[:150]
    home.intro = PAYLOAD[:300]
    home.body = RICH_TEXT
    home.promos = [_promo()]
    home.save_revision().publish()

    sid = SaferInternetDayIndexPage.objects.get(**english)
    sid.intro = PAYLOAD
    sid.body = _body()
    sid.save_revision().publish()

    paths = [
        "/en/",
        "/en/campaigns/",
        f"/en/campaigns/?topic={topic.slug}",
        f"/en/campaigns/?type={resource_type.slug}",
        campaign.url,
        "/en/help/fi/",
        # The help index lists every organisation, the one with javascript: addresses too.
        "/en/help/#stored-addresses",
        f"/en/help/{linked.country.code.lower()}/#stored-addresses",
        "/en/events/",
        event.url,
        f"{linked_event.url}#stored-addresses",
        "/en/news/",
        f"/en/news/?tag={tag.slug}",
        f"/en/news/?category={category.slug}",
        article.url,
        sid.url,
        "/en/search/?q=Hostile",
        f"/en/search/?q={SCRIPT}",
    ]
    print(json.dumps(paths))  # noqa: T201
