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
MARKER = "Hostile"
HOSTILE_SLUGS = ["hostile-campaign", "hostile-event", "hostile-article"]

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
    ]


def _image_block():
    from wagtail.images import get_image_model

    image = get_image_model().objects.order_by("pk").first()
    if image is None:
        return []
    return [
        {"type": "image", "value": {"image": image.pk, "alt_text": PAYLOAD, "caption": PAYLOAD}}
    ]


@transaction.atomic
def load():
    from wagtail.models import Page

    from campaigns.models import CampaignLibraryPage, Resource, ResourceType, Topic
    from directory.models import Country, Organisation
    from events.models import AttendanceMode, EventIndexPage, EventPage
    from news.models import ArticleIndexPage, ArticlePage
    from tests.campaigns.factories import make_campaign

    english = {"locale__language_code": settings.LANGUAGE_CODE}
    # Idempotent: a second run replaces the pages of the first.
    for page in Page.objects.filter(slug__in=HOSTILE_SLUGS):
        page.delete()
    long_ago = timezone.make_aware(datetime.datetime(2015, 2, 10, 9, 0))

    topic = Topic.objects.filter(**english).order_by("pk").first()
    if SCRIPT not in topic.name:
        topic.name = f"{topic.name} {SCRIPT}{IMG}"
    topic.save()

    library = CampaignLibraryPage.objects.get(**english)
    resource_type = ResourceType.objects.filter(**english).order_by("pk").first()
    campaign = make_campaign(
        library,
        f"{PAYLOAD} campaign"[:255],
        slug="hostile-campaign",
        summary=PAYLOAD,
        topics=[topic.slug],
        published_at=long_ago,
        body=_body() + _image_block(),
        usage_conditions=PAYLOAD,
    )
    campaign.resources.add(
        Resource(title=PAYLOAD[:200], resource_type=resource_type, url="https://example.org/x")
    )
    campaign.save_revision().publish()

    organisation = (
        Organisation.objects.filter(country__code="FI", **english).order_by("position").first()
    )
    if SCRIPT not in organisation.name:
        organisation.name = f"{organisation.name} {SCRIPT}"[:200]
    organisation.description = PAYLOAD
    organisation.save()

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
        attendance_mode=AttendanceMode.IN_PERSON,
        venue_name="Hall",
        city="Tampere",
        country=Country.objects.get(code="FI"),
        organiser_name="Hostile organiser",
        organiser_website="https://hostile.example.org/",
    )
    events.add_child(instance=event)
    event.save_revision().publish()
    EventPage.objects.filter(pk=event.pk).update(
        title=f"{PAYLOAD} event"[:255],
        description=PAYLOAD,
        venue_name=PAYLOAD[:200],
        street_address=PAYLOAD[:200],
        accessibility_notes=PAYLOAD,
        organiser_name=f"Hostile organiser {IMG}"[:200],
    )

    news = ArticleIndexPage.objects.get(**english)
    article = ArticlePage(
        title=f"{PAYLOAD} article"[:255],
        slug="hostile-article",
        date=long_ago,
        summary=PAYLOAD[:300],
        body=_body(),
        source_title=PAYLOAD[:200],
        source_url="https://example.org/source",
        locale=news.locale,
    )
    news.add_child(instance=article)
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=long_ago)

    paths = [
        "/en/campaigns/",
        f"/en/campaigns/?topic={topic.slug}",
        campaign.url,
        "/en/help/fi/",
        "/en/help/",
        "/en/events/",
        event.url,
        "/en/news/",
        article.url,
        "/en/search/?q=Hostile",
        f"/en/search/?q={SCRIPT}",
        "/en/",
    ]
    print(json.dumps(paths))  # noqa: T201
