"""The demo loader for the home page and the site's own pages: idempotent, really translated,
and every page it makes answers in every kind of locale."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from core import demo as core_demo
from core.demo_pages import FOOTER_PAGES
from core.demo_strings import DEMO_LANGUAGES
from core.models import NavigationItem, NavigationMenu, SiteSettings, StandardPage
from home import demo as home_demo
from home.models import HomePage

pytestmark = pytest.mark.django_db

GREEK = re.compile(r"[\u0370-\u03ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")


class Out:
    def __init__(self):
        self.created = 0
        self.updated = 0
        self.steps = []

    def step(self, message):
        self.steps.append(message)

    def record(self, created):
        if created:
            self.created += 1
        else:
            self.updated += 1


def load_demo(capture):
    out = Out()
    with capture(execute=True):
        core_demo.load(out)
        home_demo.load(out)
        home_demo.finish(out)
    return out


def counts():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "collections": Collection.objects.count(),
        "users": get_user_model().objects.count(),
        "menus": NavigationMenu.objects.count(),
        "menu links": NavigationItem.objects.count(),
        "settings": SiteSettings.objects.count(),
    }


def body_text(page):
    """Every translatable string a reader sees in a page's body, in order. Tables are left
    out: wagtail-localize does not offer their cells for translation (see core.demo_pages)."""
    return [
        text
        for block in page.body
        if block.block_type != "table"
        for text in block.block.get_searchable_content(block.value)
    ]


def test_demo_is_idempotent_translated_and_served(client, django_capture_on_commit_callbacks):
    first = load_demo(django_capture_on_commit_callbacks)
    assert first.created > 0
    before = counts()
    second = load_demo(django_capture_on_commit_callbacks)
    assert second.created == 0
    assert counts() == before
    assert before["users"] == 2
    assert before["images"] == 5
    assert before["menus"] == 2 * (1 + len(DEMO_LANGUAGES))

    english_home = HomePage.objects.get(locale__language_code="en")
    english_pages = [english_home] + [
        StandardPage.objects.get(locale__language_code="en", slug=spec["slug"])
        for spec in FOOTER_PAGES
    ]
    assert [page.title for page in english_pages[1:]] == [
        "Privacy notice",
        "Accessibility statement",
        "About this site",
        "Leaving this site quickly",
    ]
    for english in english_pages:
        english = english.specific
        for code in DEMO_LANGUAGES:
            translated = english.get_translation(
                english.locale.__class__.objects.get(language_code=code)
            ).specific
            assert translated.alias_of_id is None, f"{english.title} is not translated into {code}"
            assert translated.live
            for field in ("title", "slug"):
                assert getattr(translated, field) != getattr(english, field), (code, field)
            if isinstance(english, StandardPage):
                assert translated.summary != english.summary
                english_texts = body_text(english)
                translated_texts = body_text(translated)
                assert len(translated_texts) == len(english_texts)
                same = [
                    text
                    for text, other in zip(english_texts, translated_texts, strict=True)
                    if text == other and len(text.split()) > 2
                ]
                assert same == [], f"untranslated in {code}: {same}"
            else:
                assert translated.hero_heading != english.hero_heading
                assert translated.intro != english.intro
            visible = f"{translated.title} {getattr(translated, 'summary', '')}"
            if code == "el":
                assert GREEK.search(visible), visible
            if code == "ar":
                assert ARABIC.search(visible), visible
                assert not GREEK.search(visible)

    for code in ["en", "fi", "ar", "sv"]:
        home = client.get(f"/{code}/")
        assert home.status_code == 200, code
        html = home.content.decode()
        footer = re.search(r'<nav class="footer-nav".*?</nav>', html, re.S).group(0)
        hrefs = re.findall(r'href="([^"]+)"', footer)
        assert len(hrefs) == len(FOOTER_PAGES)
        assert all(href.startswith(f"/{code}/") for href in hrefs)
        assert html.count('class="promo"') == 3
        for href in hrefs:
            response = client.get(href)
            assert response.status_code == 200, href
        if code == "ar":
            assert "ishaar-al-khusousiya" in footer
        if code == "sv":
            assert "/sv/privacy-notice/" in footer

    about = client.get("/en/about/").content.decode()
    assert "hello@demo.saferinternethub.invalid" in about
    assert "Safer Internet Hub demo" in about
    assert "Abstract network of small amber" in about  # the image's alternative text
    quick_exit = client.get("/fi/").content.decode()
    assert 'class="quick-exit__help" href="/fi/poistu-nopeasti/"' in quick_exit


@pytest.mark.django_db
def test_demo_content_is_refused_on_a_production_site(settings):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="passwords"):
        call_command("load_demo_content")
    assert not get_user_model().objects.filter(username="admin").exists()


def test_demo_features_three_campaigns_on_every_front_page(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    from html import unescape

    from campaigns import demo as campaigns_demo
    from campaigns import demo_content
    from campaigns.models import CampaignPage

    # Two demo languages and the campaigns the front page features keep the test quick.
    languages = ("ar", "el")
    for module in (core_demo, home_demo, campaigns_demo):
        monkeypatch.setattr(module, "DEMO_LANGUAGES", languages)
    # The first four demo campaigns hold the three the front page features.
    monkeypatch.setattr(demo_content, "CAMPAIGNS", demo_content.CAMPAIGNS[:4])

    def load():
        out = Out()
        with django_capture_on_commit_callbacks(execute=True):
            core_demo.load(out)
            home_demo.load(out)
            campaigns_demo.load(out)
            home_demo.finish(out)
        return out

    load()
    english = [
        CampaignPage.objects.get(locale__language_code="en", slug=slug)
        for slug in home_demo.FEATURED_CAMPAIGNS
    ]
    for code in ("en", *languages, "sv"):
        html = client.get(f"/{code}/").content.decode()
        section = re.search(r"home-section--featured-campaigns.*?</section>", html, re.S)
        assert section is not None, code
        titles = [
            unescape(t)
            for t in re.findall(r'class="card__link" href="[^"]*">([^<]*)<', section.group(0))
        ]
        wanted = [
            campaign.get_translation(
                campaign.locale.__class__.objects.get(language_code=code)
            ).title
            for campaign in english
        ]
        assert titles == wanted, code
        if code == "el":
            assert all(GREEK.search(title) for title in titles)
        if code == "ar":
            assert all(ARABIC.search(title) for title in titles)

    from home.models import FeaturedCampaign

    def chosen():
        return sorted(
            FeaturedCampaign.objects.values_list("page__locale__language_code", "campaign")
        )

    before = chosen()
    assert len(before) == 3 * HomePage.objects.count()  # translations and copies alike
    again = load()
    assert again.created == 0
    assert chosen() == before
    assert "featured campaigns: " + ", ".join(c.title for c in english) in again.steps
