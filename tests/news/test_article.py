"""An article page: what it shows, its schema.org description, validation and the API."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from news.blocks import KeyFigureBlock

from .factories import ArticleCategoryFactory, publish_article

pytestmark = pytest.mark.django_db

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")


def json_ld(html):
    blocks = LD_JSON.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def article(news_index, categories):
    return publish_article(
        news_index,
        title="Interim regulation extended until April 2026",
        slug="interim-regulation-extended",
        date=timezone.make_aware(datetime.datetime(2024, 4, 29, 10, 30)),
        dateline="Brussels, 29 April 2024",
        summary="The temporary exception from the ePrivacy rules stays in place.",
        source_title="Regulation (EU) 2024/1307",
        source_url="https://eur-lex.europa.eu/eli/reg/2024/1307/oj",
        categories=[categories["policy"]],
        tags=["interim regulation", "ePrivacy"],
        body=[
            {"type": "paragraph", "value": "<p>The Council adopted the extension.</p>"},
            {
                "type": "key_figure",
                "value": {
                    "number": "725000",
                    "unit": "",
                    "label": "Reports concerning the EU in 2019",
                    "source": "NCMEC, quoted in the EU strategy",
                    "source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0607",
                    "year": 2019,
                },
            },
        ],
    )


def test_article_shows_date_source_categories_tags_and_body(client, article):
    response = client.get("/en/news/interim-regulation-extended/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1>") == 1
    assert "<h1>Interim regulation extended until April 2026</h1>" in html
    assert '<time datetime="2024-04-29T10:30:00+00:00">April 29, 2024</time>' in html
    assert "Brussels, 29 April 2024" in html
    assert (
        '<a href="https://eur-lex.europa.eu/eli/reg/2024/1307/oj" rel="external">Regulation (EU) 2024/1307</a>'
        in html
    )
    assert 'href="/en/news/?category=policy-and-legislation">Policy and legislation</a>' in html
    assert 'href="/en/news/?tag=eprivacy">#ePrivacy</a>' in html
    assert "The Council adopted the extension." in html
    # The key figure in the reader's number format, with its year and source.
    assert '<data value="725000">725,000</data>' in html
    assert "Source (2019):" in html
    assert "NCMEC, quoted in the EU strategy</a>" in html


def test_key_figure_uses_the_readers_number_format(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
    html = client.get("/fr/news/interim-regulation-extended/").content.decode()
    assert re.search(r'<data value="725000">725\s000</data>', html)


def test_json_ld_describes_the_article(client, article):
    data = json_ld(client.get("/en/news/interim-regulation-extended/").content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Interim regulation extended until April 2026"
    assert data["datePublished"] == "2024-04-29T10:30:00+00:00"
    assert ISO_WITH_OFFSET.match(data["dateModified"])
    assert data["inLanguage"] == "en"
    assert (
        data["mainEntityOfPage"]["@id"] == "http://testserver/en/news/interim-regulation-extended/"
    )
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Safer Internet Hub"
    assert data["isBasedOn"] == {
        "@type": "CreativeWork",
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1307/oj",
        "name": "Regulation (EU) 2024/1307",
    }
    assert data["articleSection"] == ["Policy and legislation"]
    assert set(data["keywords"]) == {"interim regulation", "ePrivacy"}


def test_json_ld_names_the_source_organisation_as_author(client, news_index):
    from directory.models import Organisation

    inhope = Organisation.objects.create(
        name="INHOPE",
        slug="inhope",
        kind="ngo",
        website="https://www.inhope.org",
        verified_on=datetime.date(2026, 1, 5),
    )
    publish_article(
        news_index, title="Hotlines in 45 countries", slug="hotlines", source_organisation=inhope
    )
    html = client.get("/en/news/hotlines/").content.decode()
    assert json_ld(html)["author"] == {
        "@type": "Organization",
        "name": "INHOPE",
        "url": "https://www.inhope.org",
    }
    assert 'Published by <a href="https://www.inhope.org" rel="external">INHOPE</a>' in html
    listing = client.get("/en/news/").content.decode()
    assert "· INHOPE</p>" in listing


def test_json_ld_cannot_break_out_of_its_script_element(client, news_index):
    title = "</script><script>alert(1)</script> & <!-- “quotes” \u2028"
    publish_article(
        news_index,
        title=title,
        slug="breakout",
        summary="</SCRIPT><img src=x onerror=alert(2)>",
        dateline="<b>Brussels</b>",
    )
    html = client.get("/en/news/breakout/").content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "</SCRIPT>" not in html
    data = json_ld(html)
    # The data survives intact for a JSON parser.
    assert data["headline"] == title
    assert data["description"] == "</SCRIPT><img src=x onerror=alert(2)>"
    assert data["locationCreated"]["name"] == "<b>Brussels</b>"
    # No script element other than the JSON-LD block and the site's own files.
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert tag == '<script type="application/ld+json">' or 'src="/static/' in tag, tag


def test_translated_and_untranslated_articles_say_which_language_they_are_in(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        translate_from_strings(
            article,
            "fi",
            {
                "Interim regulation extended until April 2026": "Väliaikaisen asetuksen voimassaoloa jatketaan huhtikuuhun 2026",
                "interim-regulation-extended": "valiaikainen-asetus-jatkuu",
            },
        )
    finnish = client.get("/fi/news/valiaikainen-asetus-jatkuu/").content.decode()
    data = json_ld(finnish)
    assert data["inLanguage"] == "fi"
    assert data["headline"] == "Väliaikaisen asetuksen voimassaoloa jatketaan huhtikuuhun 2026"
    assert data["datePublished"] == "2024-04-29T10:30:00+00:00"
    assert '<a href="/fi/news/">Uutiset</a>' in finnish
    # Synchronised fields come along: categories, tags, source and date.
    assert "?tag=eprivacy" in finnish
    assert "https://eur-lex.europa.eu/eli/reg/2024/1307/oj" in finnish
    german = client.get("/de/news/interim-regulation-extended/")
    assert german.status_code == 200
    german_html = german.content.decode()
    assert json_ld(german_html)["inLanguage"] == "en"
    assert '<main id="main" tabindex="-1" lang="en" dir="ltr">' in german_html


@pytest.fixture
def related_targets(site, news_index, django_capture_on_commit_callbacks):
    """A live campaign (translated into Finnish), a draft campaign, a live event and the help
    directory: what an article may link to."""
    from directory.models import Country
    from tests.campaigns.factories import make_campaign, make_library
    from tests.directory.factories import HelpIndexPageFactory
    from tests.events.factories import EventIndexPageFactory, make_event

    library = make_library(site)
    campaign = make_campaign(library, "Report it, don't share it", slug="report-it-campaign")
    draft = make_campaign(library, "Unfinished campaign", slug="unfinished", publish=False)
    events = EventIndexPageFactory(parent=site, locale=site.locale)
    events.save_revision().publish()
    event = make_event(events, title="Safer Internet Day assembly", slug="sid-assembly")
    help_index = HelpIndexPageFactory(parent=site, locale=site.locale)
    help_index.save_revision().publish()
    Country.objects.filter(code="FI").update(time_zone="Europe/Helsinki")
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
        translate_from_strings(
            campaign,
            "fi",
            {
                "Report it, don't share it": "Ilmoita, älä jaa",
                "report-it-campaign": "ilmoita-kampanja",
                "Material for schools and families.": "Aineistoa kouluille ja perheille.",
            },
        )
    return {"campaign": campaign, "draft": draft, "event": event, "help": help_index}


def link_related(article, targets):
    """Link the article to each target (a page, or (help page, country code)) and publish."""
    from directory.models import Country
    from news.models import ArticleRelatedPage

    for position, target in enumerate(targets):
        page, code = target if isinstance(target, tuple) else (target, None)
        item = ArticleRelatedPage(
            article=article,
            page=page,
            help_country=Country.objects.get(code=code) if code else None,
            sort_order=position,
        )
        item.full_clean(exclude=["article"])
        item.save()
    article.save_revision().publish()


def test_related_campaigns_events_and_help_link_in_the_readers_language(
    client, news_index, related_targets, django_capture_on_commit_callbacks
):
    t = related_targets
    article = publish_article(news_index, title="Hotlines in 2024", slug="hotlines-2024")
    link_related(article, [t["campaign"], t["draft"], t["event"], (t["help"], "FI"), t["help"]])
    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()  # the Finnish reader gets the untranslated copy of the article

    english = client.get("/en/news/hotlines-2024/").content.decode()
    related = english[english.index('id="article-related-title"') :]
    assert (
        '<a href="/en/campaigns/report-it-campaign/">Report it, don&#x27;t share it</a>' in related
    )
    assert '<a href="/en/events/sid-assembly/">Safer Internet Day assembly</a>' in related
    assert '<a href="/en/help/fi/">Where to get help in Finland</a>' in related
    assert '<a href="/en/help/">Where to get help and report</a>' in related
    # A draft target is never shown, not even as a dead link.
    assert "Unfinished campaign" not in english and "/unfinished/" not in english

    finnish = client.get("/fi/news/hotlines-2024/").content.decode()
    related = finnish[finnish.index('id="article-related-title"') :]
    assert '<a href="/fi/campaigns/ilmoita-kampanja/">Ilmoita, älä jaa</a>' in related
    assert 'href="/fi/help/fi/">' in related and "Suomi" in related
    assert "Unfinished campaign" not in finnish


def test_related_pages_are_campaigns_events_or_the_help_directory(news_index, related_targets):
    from news.models import ArticleRelatedPage

    other_article = publish_article(news_index, title="Another article", slug="another")
    article = publish_article(news_index, title="Links", slug="links")
    with pytest.raises(ValidationError) as error:
        ArticleRelatedPage(article=article, page=other_article).full_clean(exclude=["article"])
    assert (
        "“Another article” cannot be linked here: choose a campaign, an event or the help "
        "and report directory." in error.value.message_dict["page"]
    )
    from directory.models import Country

    finland = Country.objects.get(code="FI")
    with pytest.raises(ValidationError) as error:
        ArticleRelatedPage(
            article=article, page=related_targets["campaign"], help_country=finland
        ).full_clean(exclude=["article"])
    assert "only goes with the help and report directory" in str(
        error.value.message_dict["help_country"]
    )
    for target in ("campaign", "event", "help"):
        ArticleRelatedPage(article=article, page=related_targets[target]).full_clean(
            exclude=["article"]
        )


def test_admin_offers_only_campaigns_events_and_help_in_the_chooser(
    client, news_index, django_user_model
):
    admin = django_user_model.objects.create_superuser("chooser", "chooser@example.org", "pw")
    client.force_login(admin)
    html = client.get(f"/admin/pages/add/news/articlepage/{news_index.pk}/").content.decode()
    for model in ("campaigns.campaignpage", "events.eventpage", "directory.helpindexpage"):
        assert model in html, model
    assert "news.articlepage" not in html.split("related_pages")[-1]


# --- Validation ------------------------------------------------------------------------------


def test_source_must_be_an_https_address_with_a_title(news_index):
    article = publish_article(news_index, title="Interim regulation", slug="interim")
    article.source_url = "http://eur-lex.europa.eu/"
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "source_url" in error.value.message_dict
    article.source_url = "javascript:alert(1)"
    with pytest.raises(ValidationError):
        article.full_clean()
    article.source_url = "https://eur-lex.europa.eu/eli/reg/2021/1232/oj"
    article.source_title = "  "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "Name the source document" in str(error.value.message_dict["source_title"])


def test_article_slugs_cannot_take_the_feed_routes(news_index):
    article = publish_article(news_index, title="Feed news", slug="feed-news")
    for slug in ["feed", "category", "rss", "atom"]:
        article.slug = slug
        with pytest.raises(ValidationError) as error:
            article.full_clean()
        assert "slug" in error.value.message_dict, slug


def test_key_figure_block_refuses_future_years_and_plain_http_sources():
    block = KeyFigureBlock()
    value = block.to_python(
        {
            "number": "725000",
            "unit": "",
            "label": "Reports",
            "source": "NCMEC",
            "source_url": "http://example.org/",
            "year": timezone.now().year + 2,
        }
    )
    with pytest.raises(Exception) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"source_url", "year"}


def test_category_slugs_are_unique_per_language(db):
    ArticleCategoryFactory(name="Hotlines", slug="hotlines")
    duplicate = ArticleCategoryFactory.build(name="Hotline news", slug="hotlines")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "slug" in error.value.message_dict


# --- API -------------------------------------------------------------------------------------


API_FIELDS = "date,dateline,summary,categories,tags,body,source,edition_year,related_pages"


def test_api_exposes_date_summary_categories_and_source(client, article):
    response = client.get("/api/v2/pages/", {"type": "news.ArticlePage", "fields": API_FIELDS})
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["date"] == "2024-04-29T10:30:00Z" or item["date"].startswith("2024-04-29T10:30:00")
    assert item["summary"] == "The temporary exception from the ePrivacy rules stays in place."
    assert item["categories"] == [
        {"slug": "policy-and-legislation", "name": "Policy and legislation"}
    ]
    assert item["source"] == {
        "title": "Regulation (EU) 2024/1307",
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1307/oj",
        "organisation": None,
    }
    assert item["edition_year"] is None
    assert item["related_pages"] == []


def test_api_exposes_dateline_tags_body_source_organisation_edition_and_related_pages(
    client, news_index, related_targets
):
    from tests.directory.factories import OrganisationFactory
    from tests.events.factories import EditionFactory

    commission = OrganisationFactory(
        name="European Commission",
        slug="european-commission",
        kind="public_body",
        country=None,
        website="https://commission.europa.eu",
    )
    t = related_targets
    article = publish_article(
        news_index,
        title="Safer Internet Day 2026",
        slug="sid-2026",
        dateline="Brussels, 10 February 2026",
        source_organisation=commission,
        source_title="Better Internet for Kids",
        source_url="https://better-internet-for-kids.europa.eu/",
        sid_edition=EditionFactory(year=2026),
        tags=["Safer Internet Day"],
        body=[{"type": "paragraph", "value": "<p>Schools across Europe took part.</p>"}],
    )
    link_related(article, [t["campaign"], t["draft"], t["event"], (t["help"], "FI")])
    draft = publish_article(news_index, title="Unpublished news", slug="unpublished", live=False)

    response = client.get("/api/v2/pages/", {"type": "news.ArticlePage", "fields": API_FIELDS})
    items = response.json()["items"]
    # Drafts stay out of the API, however the request asks.
    assert [item["title"] for item in items] == ["Safer Internet Day 2026"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    item = items[0]
    assert item["dateline"] == "Brussels, 10 February 2026"
    assert item["tags"] == ["Safer Internet Day"]
    assert [block["type"] for block in item["body"]] == ["paragraph"]
    assert "Schools across Europe took part." in item["body"][0]["value"]
    assert item["source"]["organisation"] == {
        "name": "European Commission",
        "slug": "european-commission",
        "website": "https://commission.europa.eu",
    }
    assert item["edition_year"] == 2026
    assert item["related_pages"] == [
        {
            "title": "Report it, don't share it",
            "url": "http://testserver/en/campaigns/report-it-campaign/",
            "type": "campaigns.CampaignPage",
        },
        {
            "title": "Safer Internet Day assembly",
            "url": "http://testserver/en/events/sid-assembly/",
            "type": "events.EventPage",
        },
        {
            "title": "Where to get help in Finland",
            "url": "http://testserver/en/help/fi/",
            "type": "directory.HelpIndexPage",
            "country": "FI",
        },
    ]


# --- Admin -----------------------------------------------------------------------------------


def test_editors_can_open_the_article_forms(client, article, news_index, django_user_model):
    admin = django_user_model.objects.create_superuser("newsadmin", "newsadmin@example.org", "pw")
    client.force_login(admin)
    assert client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    add = client.get(f"/admin/pages/add/news/articlepage/{news_index.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    # Categories are offered as checkboxes in the article's language only.
    assert 'type="checkbox" name="categories"' in html
    assert client.get("/admin/snippets/news/articlecategory/").status_code == 200


def test_article_links_its_safer_internet_day_edition(client, news_index, site):
    from events.models import SaferInternetDay, SaferInternetDayIndexPage

    edition = SaferInternetDay.objects.create(
        year=2027, date=datetime.date(2027, 2, 9), is_provisional=True
    )
    publish_article(news_index, title="Save the date", slug="save-the-date", sid_edition=edition)
    html = client.get("/en/news/save-the-date/").content.decode()
    # No SID section yet: the edition is named, without a dead link.
    assert (
        'Safer Internet Day 2027: <time datetime="2027-02-09">Feb. 9, 2027</time> (date not yet confirmed)'
        in html
    )
    sid_index = SaferInternetDayIndexPage(
        title="Safer Internet Day", slug="safer-internet-day", locale=site.locale
    )
    site.add_child(instance=sid_index)
    sid_index.save_revision().publish()
    html = client.get("/en/news/save-the-date/").content.decode()
    assert '<a href="/en/safer-internet-day/2027/">Safer Internet Day 2027</a>' in html
    assert json_ld(html)["about"] == {
        "@type": "Event",
        "name": "Safer Internet Day 2027",
        "startDate": "2027-02-09",
        "url": "http://testserver/en/safer-internet-day/2027/",
    }
