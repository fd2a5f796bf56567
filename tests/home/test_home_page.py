"""The front page: hero, promos, and sections that appear only when their app has content."""

import datetime
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from events.models import SaferInternetDay
from home import sections
from home.sections import Section
from tests.core.factories import ImageFactory, StandardPageFactory, block
from tests.core.test_blocks import ATTACK, assert_nothing_executable

pytestmark = pytest.mark.django_db


def promo(title, link, image=None, text="Lesson plans sorted by age."):
    return block(
        "promo", {"title": title, "text": text, "link": link, "image": image.pk if image else None}
    )


@pytest.fixture
def teachers(site, django_capture_on_commit_callbacks):
    """A page for teachers, translated into Finnish, copied everywhere else."""
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=site, title="For teachers", slug="for-teachers")
        sync_all_locales()
        translate_from_strings(
            page, "fi", {"For teachers": "Opettajille", "for-teachers": "opettajille"}
        )
    return page


def test_home_page_shows_hero_and_promos_in_the_readers_language(client, site, teachers):
    image = ImageFactory()
    site.hero_heading = "Help, campaigns and Safer Internet Day"
    site.hero_image = image
    site.promos = [
        promo("Resources for teachers", {"page": teachers.pk, "url": ""}, image),
        promo("Safer Internet Day", {"page": None, "url": "https://www.saferinternetday.org/"}),
    ]
    site.save_revision().publish()

    html = client.get("/en/").content.decode()
    assert html.count("<h1") == 1
    assert "Help, campaigns and Safer Internet Day</h1>" in html
    assert '<a href="/en/for-teachers/">Resources for teachers</a>' in html
    assert '<a href="https://www.saferinternetday.org/">Safer Internet Day</a>' in html
    assert html.count('class="promo"') == 2

    # The Finnish home page has not been re-translated since: it keeps its own promos
    # (none); the untranslated Swedish copy shows the English promos with Swedish links.
    swedish = client.get("/sv/").content.decode()
    assert '<a href="/sv/for-teachers/">Resources for teachers</a>' in swedish


def test_promo_links_follow_the_translation(
    client, site, teachers, django_capture_on_commit_callbacks
):
    site.promos = [promo("Resources for teachers", {"page": teachers.pk, "url": ""})]
    site.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_strings(
            site,
            "fi",
            {
                "Safer Internet Hub": "Turvallisemman internetin keskus",
                "home": "etusivu",
                "Resources for teachers": "Materiaalia opettajille",
                "Lesson plans sorted by age.": "Tuntisuunnitelmia ikäryhmittäin.",
            },
        )
    html = client.get("/fi/").content.decode()
    assert '<a href="/fi/opettajille/">Materiaalia opettajille</a>' in html


def test_promo_without_a_usable_link_shows_no_link(client, site):
    site.promos = [promo("Broken", {"page": None, "url": "javascript:alert(1)"})]
    site.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert '<h3 class="promo__title">Broken</h3>' in html
    assert "javascript:" not in html


def test_markup_in_home_page_fields_is_never_run(client, site):
    site.hero_heading = f"m-heading {ATTACK}"
    site.intro = f"m-intro {ATTACK}"
    site.body = f"<p>m-body {ATTACK}</p><script>alert(2)</script>"
    site.promos = [
        promo(
            f"m-promo {ATTACK}",
            {"page": None, "url": "https://www.inhope.org/"},
            text=f"m-text {ATTACK}",
        )
    ]
    site.save_revision().publish()
    html = client.get("/en/").content.decode()
    for marker in ["m-heading", "m-intro", "m-body", "m-promo", "m-text"]:
        assert marker in html
    assert_nothing_executable(html)


def test_sections_without_content_leave_no_trace(client, site):
    html = client.get("/en/").content.decode()
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    assert "home-section" not in main
    assert "Next Safer Internet Day" not in main
    # The hero is all there is: no empty headings or placeholders.
    assert main.count("<h2") == 0


def test_a_section_with_content_is_shown_in_order(client, site, monkeypatch):
    class Edition:
        year = 2027
        date = datetime.date(2027, 2, 9)
        is_provisional = True

    shown = Section(
        key="next-sid",
        template="home/sections/next_safer_internet_day.html",
        context={
            "edition": Edition(),
            "days_to_go": 12,
            "slogan": "Together for a better internet",
            "url": "/en/safer-internet-day/2027/",
        },
    )
    monkeypatch.setattr(
        sections,
        "SECTION_BUILDERS",
        [lambda home, request: None, lambda home, request: shown, lambda home, request: None],
    )
    html = client.get("/en/").content.decode()
    assert "Next Safer Internet Day</h2>" in html
    assert 'datetime="2027-02-09"' in html
    assert "date not yet confirmed" in html
    assert "Together for a better internet" in html
    assert "in 12 days" in html
    assert 'href="/en/safer-internet-day/2027/"' in html


def test_home_page_queries_do_not_grow_with_promos(client, site, teachers):
    def queries(count):
        images = [ImageFactory() for _ in range(count)]
        site.promos = [
            promo(f"Promo {i}", {"page": teachers.pk, "url": ""}, images[i]) for i in range(count)
        ]
        site.save_revision().publish()
        client.get("/sv/")  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/sv/")
        assert response.status_code == 200
        assert response.content.decode().count('class="promo"') == count
        return len(captured)

    one = queries(1)
    ten = queries(10)
    assert one == ten, f"{one} queries with 1 promo, {ten} with 10"


def test_next_safer_internet_day_comes_from_the_stored_editions(client, site):
    today = datetime.date.today()
    SaferInternetDay.objects.create(year=today.year - 1, date=today - datetime.timedelta(days=365))
    html = client.get("/en/").content.decode()
    assert "Next Safer Internet Day" not in html  # only past editions: no section at all

    upcoming = today + datetime.timedelta(days=30)
    later = upcoming + datetime.timedelta(days=365)
    SaferInternetDay.objects.create(year=later.year, date=later)
    SaferInternetDay.objects.create(year=upcoming.year, date=upcoming)
    html = client.get("/en/").content.decode()
    assert "Next Safer Internet Day</h2>" in html
    assert f'datetime="{upcoming.isoformat()}"' in html
    assert "in 30 days" in html


# --- Featured campaigns -------------------------------------------------------------------


@pytest.fixture
def campaign_library(site):
    from campaigns.taxonomy import seed_taxonomy
    from tests.campaigns.factories import make_library

    seed_taxonomy(languages=[])
    return make_library(site)


def feature(home, campaigns):
    from home.models import FeaturedCampaign

    home.featured_campaigns = [
        FeaturedCampaign(campaign=campaign, sort_order=position)
        for position, campaign in enumerate(campaigns)
    ]
    home.save_revision().publish()


def featured_titles(html):
    match = re.search(
        r'<section class="home-section home-section--featured-campaigns".*?</section>', html, re.S
    )
    if match is None:
        return None
    return [
        unescape(title)
        for title in re.findall(r'<a class="card__link" href="[^"]*">([^<]*)</a>', match.group(0))
    ]


def test_featured_campaigns_are_shown_as_cards_in_the_editors_order(client, site, campaign_library):
    from tests.campaigns.factories import make_campaign

    first = make_campaign(campaign_library, "Report it, don't ignore it", topics=["cyberbullying"])
    second = make_campaign(campaign_library, "Think before you share")
    make_campaign(campaign_library, "Not chosen")
    sync_all_locales()
    feature(site, [second, first])

    html = client.get("/en/").content.decode()
    assert "Featured campaigns</h2>" in html
    assert featured_titles(html) == ["Think before you share", "Report it, don't ignore it"]
    assert f'href="{first.url}"' in html
    assert 'href="/en/campaigns/">All campaigns</a>' in html
    # The untranslated Swedish front page links to the Swedish copies.
    swedish = client.get("/sv/").content.decode()
    assert featured_titles(swedish) == ["Think before you share", "Report it, don't ignore it"]
    assert 'href="/sv/campaigns/' in swedish


def test_featured_campaigns_follow_the_readers_language(
    client, site, campaign_library, django_capture_on_commit_callbacks
):
    from tests.campaigns.factories import make_campaign
    from tests.conftest import FINNISH_HOME

    campaign = make_campaign(campaign_library, "Think before you share")
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        translate_from_strings(
            campaign,
            "fi",
            {
                "Think before you share": "Mieti ennen kuin jaat",
                campaign.slug: "mieti-ennen-kuin-jaat",
                "Material for schools and families.": "Materiaalia kouluille ja perheille.",
                "Campaign 0": "Kampanja 0",
            },
        )
        feature(site, [campaign])
        # The Finnish front page takes the choice when its translation is brought up to date.
        translate_from_strings(site, "fi", FINNISH_HOME)
    html = client.get("/fi/").content.decode()
    assert featured_titles(html) == ["Mieti ennen kuin jaat"]
    assert "Think before you share" not in html


def test_no_featured_campaigns_no_section(client, site, campaign_library):
    from tests.campaigns.factories import make_campaign

    make_campaign(campaign_library, "Think before you share")
    html = client.get("/en/").content.decode()
    assert featured_titles(html) is None
    assert "Featured campaigns" not in html


def test_drafts_private_and_expired_featured_campaigns_are_left_out(client, site, campaign_library):
    from wagtail.models import PageViewRestriction

    from tests.campaigns.factories import days_ago, make_campaign

    draft = make_campaign(campaign_library, "A draft nobody may see yet", publish=False)
    expired = make_campaign(campaign_library, "An expired campaign", expire_at=days_ago(1))
    private = make_campaign(campaign_library, "Only for logged-in partners")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    feature(site, [draft, expired, private])
    html = client.get("/en/").content.decode()
    assert featured_titles(html) is None  # nothing visible: no heading either
    for title in ("A draft nobody may see yet", "An expired campaign", "Only for logged-in"):
        assert title not in html

    shown = make_campaign(campaign_library, "Think before you share")
    feature(site, [draft, expired, private, shown])
    assert featured_titles(client.get("/en/").content.decode()) == ["Think before you share"]


def test_home_page_queries_do_not_grow_with_featured_campaigns(client, site, campaign_library):
    from tests.campaigns.factories import make_campaign

    campaigns = [
        make_campaign(
            campaign_library,
            f"Campaign number {i}",
            topics=["cyberbullying", "gaming"],
            ages=["11-14"],
            resources=[
                {
                    "type": "lesson-plan",
                    "language": "fr",
                    "duration_minutes": 45,
                    "learning_objectives": "Name three ways to report",
                }
            ],
            hero_image=ImageFactory(),
        )
        for i in range(6)
    ]

    def queries(count):
        feature(site, campaigns[:count])
        client.get("/en/")  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/en/")
        assert len(featured_titles(response.content.decode())) == count
        return len(captured)

    one = queries(1)
    six = queries(6)
    assert one == six, f"{one} queries with 1 featured campaign, {six} with 6"
