"""The help block on every kind of page, the contact routes readers use (chat, e-mail,
hours), the index's schema.org data and the redirects for codes people type."""

import datetime
import json
import re

import pytest
from django.core.cache import cache

from core.locales import sync_all_locales
from directory.models import Country, OrganisationKind

from .factories import OrganisationFactory, PhoneFactory

pytestmark = pytest.mark.django_db

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def block(response):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    start = html.index('<aside class="help-block"')
    return html[start : html.index("</aside>", start)]


@pytest.fixture
def sweden(directory):
    sweden = Country.objects.get(code="SE")
    bris = OrganisationFactory(
        slug="bris",
        name="BRIS – Barnens rätt i samhället",
        kind=OrganisationKind.HELPLINE,
        country=sweden,
        website="https://www.bris.se",
    )
    PhoneFactory(organisation=bris, dial="116 111", hours="24/7")
    OrganisationFactory(
        slug="ecpat-sverige",
        name="ECPAT Sverige",
        kind=OrganisationKind.HOTLINE,
        country=sweden,
        website="https://www.ecpat.se",
        inhope_member=True,
    )


@pytest.fixture
def every_page_type(site, help_page, sweden, django_capture_on_commit_callbacks):
    """One live page of each kind readers land on, in every locale (untranslated copies)."""
    from tests.campaigns.factories import make_campaign, make_library
    from tests.core.factories import StandardPageFactory
    from tests.events.factories import (
        EditionFactory,
        EventIndexPageFactory,
        SaferInternetDayIndexPageFactory,
        make_event,
    )
    from tests.news.factories import ArticleIndexPageFactory, publish_article

    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=site, slug="guidance").save_revision().publish()
        news = ArticleIndexPageFactory(parent=site, locale=site.locale)
        news.save_revision().publish()
        publish_article(news, title="Hotline report", slug="hotline-report")
        make_campaign(make_library(site), "Report it", slug="report-it")
        EventIndexPageFactory(parent=site, locale=site.locale).save_revision().publish()
        SaferInternetDayIndexPageFactory(parent=site, locale=site.locale).save_revision().publish()
        EditionFactory(year=2026)
        sync_all_locales()
    # Events are not copied into other languages: each lives in its organiser's language.
    from events.models import EventIndexPage

    for language in LOCALE_ROUTES:
        section = EventIndexPage.objects.get(locale__language_code=language)
        make_event(section, title="Safer Internet Day assembly", slug="sid-assembly")
    cache.clear()


PAGE_PATHS = {
    "standard page": "guidance/",
    "news article": "news/hotline-report/",
    "campaign page": "campaigns/report-it/",
    "event page": "events/sid-assembly/",
    "SID index": "safer-internet-day/",
    "SID edition": "safer-internet-day/2026/",
    "search page": "search/?q=hotline",
}
# (language, what the block must show: that country's helpline and hotline, nobody else's)
LOCALE_ROUTES = {
    "sv": ("BRIS – Barnens rätt i samhället", 'href="https://www.ecpat.se"', "/sv/help/se/"),
    "fi": ("MLL – Lasten ja nuorten puhelin", 'href="https://www.nettivihje.fi"', "/fi/help/fi/"),
    "en": ("Childline", 'href="https://report.iwf.org.uk"', "/en/help/gb/"),
}


@pytest.mark.parametrize("page_type", list(PAGE_PATHS))
def test_every_page_type_shows_the_locales_helpline_and_hotline(client, every_page_type, page_type):
    for language, (helpline, hotline, country_link) in LOCALE_ROUTES.items():
        response = client.get(f"/{language}/{PAGE_PATHS[page_type]}")
        html = block(response)
        assert helpline in html, language
        assert hotline in html, language
        assert f'href="{country_link}"' in html, language
        for other, (other_helpline, other_hotline, _link) in LOCALE_ROUTES.items():
            if other != language:
                assert other_helpline not in html and other_hotline not in html, other
        # The rest of what every public page promises: one h1, the skip link, quick exit
        # and the page's language and direction.
        page = response.content.decode()
        assert page.count("<h1") == 1, (page_type, language)
        assert '<a class="skip-link" href="#main">' in page
        assert 'class="quick-exit__button"' in page
        assert f'<html lang="{language}" dir="ltr">' in page


@pytest.fixture
def childline_with_chat(help_page, directory):
    childline = directory["childline"]
    childline.chat_url = "https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/"
    childline.email = "help@childline.example.org"
    childline.hours = "Mo-Fr 09:00-17:00"
    childline.full_clean()
    childline.save()
    cache.clear()
    return childline


def assert_chat_email_and_hours(html):
    assert (
        '<a href="https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/" '
        'rel="noopener noreferrer">Chat online</a>' in html
    )
    assert '<a href="mailto:help@childline.example.org">help@childline.example.org</a>' in html
    chat = html[html.index("contact--chat") :]
    chat = chat[: chat.index("</li>")]
    assert 'data-opening-hours="Mo-Fr 09:00-17:00"' in chat
    assert 'data-time-zone="Europe/London"' in chat
    assert re.search(r'class="opening-hours__line">[^<]*9[^<]*</span>', chat), chat


def test_help_block_offers_chat_email_and_hours(client, childline_with_chat):
    assert_chat_email_and_hours(block(client.get("/en/")))


def test_country_page_offers_chat_email_and_hours(client, childline_with_chat):
    response = client.get("/en/help/gb/")
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert_chat_email_and_hours(main)
    for link in re.findall(r'<a href="https?://[^"]*"[^>]*>', main):
        assert 'rel="noopener noreferrer"' in link, link


def test_help_index_describes_the_international_organisations_as_json_ld(
    client, help_page, directory
):
    OrganisationFactory(
        slug="european-commission",
        name="European Commission",
        kind=OrganisationKind.PUBLIC_BODY,
        country=None,
        website="https://commission.europa.eu",
        verified_on=datetime.date(2026, 11, 23),
    )
    html = client.get("/en/help/").content.decode()
    blocks = LD_JSON.findall(html)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    by_name = {item["name"]: item for item in data["@graph"]}
    # The international routes only: each country's own are on its country page.
    assert set(by_name) == {"INHOPE", "European Commission"}
    assert by_name["INHOPE"]["@type"] == "Organization"
    assert by_name["INHOPE"]["url"] == "https://www.inhope.org"
    assert "areaServed" not in by_name["INHOPE"]


def test_help_index_without_international_organisations_has_no_empty_json_ld(
    client, help_page, directory
):
    directory["inhope"].delete()
    cache.clear()
    assert "application/ld+json" not in client.get("/en/help/").content.decode()


def test_unprefixed_help_address_with_uk_ends_at_the_english_gb_page(client, help_page):
    response = client.get("/help/uk/", follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.redirect_chain[-1] == ("/en/help/gb/", 301)
    assert response.request["PATH_INFO"] == "/en/help/gb/"
    assert "United Kingdom: where to get help and report" in response.content.decode()
