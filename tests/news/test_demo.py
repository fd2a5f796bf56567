"""The news demo: real, sourced articles, translated for real, and safe to load twice."""

import pytest
from wagtail.models import Locale

from news import demo
from news.demo_articles import ARTICLES
from news.models import ArticleCategory, ArticleIndexPage, ArticlePage

pytestmark = pytest.mark.django_db


class Out:
    def __init__(self):
        self.lines = []
        self.created = 0
        self.updated = 0

    def step(self, message):
        self.lines.append(message)

    def record(self, created):
        if created:
            self.created += 1
        else:
            self.updated += 1


def demo_targets(site):
    """What the other apps' demos make and the news demo links to (they load first): the
    European Commission, INHOPE, NCMEC, the help directory, the SID assembly pack and a sample SID event."""
    from tests.campaigns.factories import make_campaign, make_library
    from tests.directory.factories import HelpIndexPageFactory, OrganisationFactory
    from tests.events.factories import EventIndexPageFactory, make_event

    OrganisationFactory(
        slug="european-commission",
        name="European Commission",
        kind="public_body",
        country=None,
        website="https://commission.europa.eu",
    )
    OrganisationFactory(slug="inhope", name="INHOPE", kind="hotline", country=None)
    OrganisationFactory(slug="ncmec-cybertipline", name="NCMEC CyberTipline", kind="hotline")
    HelpIndexPageFactory(parent=site, locale=site.locale).save_revision().publish()
    library = make_library(site)
    make_campaign(library, "Safer Internet Day assembly pack", slug="sid-assembly-pack")
    events = EventIndexPageFactory(parent=site, locale=site.locale)
    events.save_revision().publish()
    make_event(
        events,
        title="Safer Internet Day assembly: privacy settings that really work",
        slug="sid-assembly-2026",
        external_id="sample-0221",
    )


def test_demo_links_real_sources_campaigns_events_and_help(client, site):
    demo_targets(site)
    demo.load(Out())
    html = client.get("/en/news/safer-internet-day-2026/").content.decode()
    related = html[html.index('id="article-related-title"') :]
    assert (
        '<a href="/en/campaigns/sid-assembly-pack/">Safer Internet Day assembly pack</a>' in related
    )
    assert (
        '<a href="/en/events/sid-assembly-2026/">Safer Internet Day assembly: privacy settings '
        "that really work</a>" in related
    )
    assert '<a href="/en/help/gb/">Where to get help in United Kingdom</a>' in related
    cybertipline = client.get("/en/news/how-the-cybertipline-works/").content.decode()
    assert '<a href="/en/help/us/">Where to get help in United States</a>' in cybertipline
    # Commission documents name the Commission as their publisher.
    english = ArticlePage.objects.filter(locale__language_code="en")
    by_commission = english.filter(source_organisation__slug="european-commission")
    assert by_commission.count() >= 6
    assert english.filter(source_organisation__isnull=False).count() >= 10
    strategy = client.get(f"{by_commission.first().url}").content.decode()
    assert (
        '<a href="https://commission.europa.eu" rel="external">European Commission</a>' in strategy
    )


def test_demo_events_it_links_are_english_sid_events():
    # The events demo draws its sample events from a fixed seed: these ids must stay what the
    # news demo says they are, or an article would link the wrong year's event.
    from events.demo_events import sample_events

    samples = {sample.external_id: sample for sample in sample_events()}
    linked = {
        lookup["external_id"]: spec["sid_edition"]
        for spec in ARTICLES
        for model, lookup, *_ in spec.get("related", [])
        if model == "events.EventPage"
    }
    assert len(linked) >= 2
    for external_id, year in linked.items():
        assert samples[external_id].language == "en"
        assert samples[external_id].edition_year == year
        assert samples[external_id].status == "scheduled"


def test_demo_news_is_complete_translated_and_idempotent(client, site):
    first = Out()
    demo.load(first)
    english = Locale.objects.get(language_code="en")
    assert ArticlePage.objects.filter(locale=english).count() == len(ARTICLES) >= 12
    assert first.created == len(ARTICLES) + 5 + 1  # articles, categories, index
    assert any("articles translated into fi, fr" in line for line in first.lines)

    second = Out()
    demo.load(second)
    assert second.created == 0
    assert ArticlePage.objects.filter(locale=english).count() == len(ARTICLES)
    assert ArticleCategory.objects.filter(locale=english).count() == 5

    # Every English article is dated, sourced over https and categorised.
    for article in ArticlePage.objects.filter(locale=english):
        assert article.source_url.startswith("https://"), article
        assert article.source_title, article
        assert article.categories.exists(), article
        assert article.tags.exists(), article

    # Real translations in fi and fr: every translated text differs from the English.
    for code in ["fi", "fr"]:
        locale = Locale.objects.get(language_code=code)
        translated = ArticlePage.objects.filter(locale=locale, alias_of__isnull=True, live=True)
        assert translated.count() == len(ARTICLES), code
        for page in translated:
            source = page.get_translation(english)
            for field in ["title", "slug", "summary", "source_title", "dateline"]:
                if getattr(source, field):
                    assert getattr(page, field) != getattr(source, field), (code, field, source)
            assert str(page.body) != str(source.body)
            assert page.date == source.date
            assert page.source_url == source.source_url

    # The index and the categories are translated into the six demo languages.
    for code in ["fi", "fr", "de", "pl", "el", "ar"]:
        locale = Locale.objects.get(language_code=code)
        index = ArticleIndexPage.objects.get(locale=locale)
        assert index.alias_of_id is None and index.slug == "news"
        assert index.title != "News" and index.intro
        names = set(ArticleCategory.objects.filter(locale=locale).values_list("name", flat=True))
        assert len(names) == 5 and "Hotlines" not in names, code
    arabic = ArticleCategory.objects.get(locale__language_code="ar", slug="hotlines")
    assert any("\u0600" <= char <= "\u06ff" for char in arabic.name)

    response = client.get("/en/news/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{len(ARTICLES)} results" in html
    assert "Save the date: Safer Internet Day 2027 on 9 February" in html
    finnish = client.get("/fi/news/").content.decode()
    assert "Merkitse kalenteriin: Turvallisemman internetin päivä 9. helmikuuta 2027" in finnish
    assert "Vihjepalvelut" in finnish
    french = client.get("/fr/news/journee-internet-plus-sur-2026/")
    assert french.status_code == 200
    assert "Journée pour un internet plus sûr 2026" in french.content.decode()
    greek = client.get("/el/news/").content.decode()
    assert "<h1>Νέα</h1>" in greek
