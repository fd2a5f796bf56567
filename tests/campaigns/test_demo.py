"""The demo campaigns: complete real translations, an idempotent loader, and a library that
works in English, Arabic and Greek."""

import re

import pytest
from django.utils.text import slugify

from campaigns import demo, demo_content
from campaigns.demo_translations import LANGUAGES
from campaigns.models import CampaignLibraryPage, CampaignPage, Resource, Topic
from campaigns.taxonomy import TRANSLATIONS as TERM_TRANSLATIONS

GREEK = re.compile(r"[\u0370-\u03ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
SCRIPTS = {"el": GREEK, "ar": ARABIC}


class Output:
    def __init__(self):
        self.lines = []
        self.created = 0

    def step(self, message):
        self.lines.append(message)

    def record(self, created):
        self.created += bool(created)


def test_demo_has_enough_varied_campaigns():
    campaigns = demo_content.CAMPAIGNS
    assert len(campaigns) >= 30
    assert len({c["slug"] for c in campaigns}) == len(campaigns)
    topics = {t for c in campaigns for t in c["topics"]}
    ages = {a for c in campaigns for a in c["ages"]}
    audiences = {a for c in campaigns for a in c["audiences"]}
    languages = {r["language"] for c in campaigns for r in c["resources"]}
    assert len(topics) == 17
    assert ages == {"3-7", "7-11", "11-14", "14-18", "18-plus"}
    assert len(audiences) == 8
    assert {"en", "fr", "de", "pl", "fi", "el", "ar"} <= languages
    text = " ".join(p for c in campaigns for p in c["body"])
    assert "Take It Down" in text and "Report Remove" in text


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_demo_string_has_a_real_translation(code):
    for spec in demo_content.CAMPAIGNS:
        strings = demo.campaign_strings(spec, code)
        for english, translated in strings.items():
            assert translated and translated != english, (spec["slug"], english)
            if code in SCRIPTS and english != spec["slug"]:
                assert SCRIPTS[code].search(translated), (spec["slug"], translated)
    for english, translated in demo.library_strings(code).items():
        assert translated != english
    for english, translated in TERM_TRANSLATIONS[code].items():
        assert translated != english
        if code in SCRIPTS:
            assert SCRIPTS[code].search(translated), translated


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_translated_slugs_survive_wagtail_localize(code):
    # wagtail-localize passes translated slugs through Django's ASCII slugify.
    slugs = [demo.campaign_strings(spec, code)[spec["slug"]] for spec in demo_content.CAMPAIGNS]
    assert len(set(slugs)) == len(slugs)
    for spec, slug in zip(demo_content.CAMPAIGNS, slugs, strict=True):
        assert slug == slugify(slug) and slug != spec["slug"]
    assert (
        demo.translated_slug(
            "spotting-grooming", LANGUAGES["el"].CAMPAIGNS["spotting-grooming"][0], "el"
        )
        == "anagnorizontas-tin-apoplanisi-mathima-gia-ilikies-11-eos-14"
    )


@pytest.fixture
def small_demo(site, monkeypatch, django_capture_on_commit_callbacks):
    # Eight campaigns in two languages keep the test quick; the full set is checked above
    # without the database.
    monkeypatch.setattr(demo_content, "CAMPAIGNS", demo_content.CAMPAIGNS[:8])
    monkeypatch.setattr(demo, "DEMO_LANGUAGES", ("ar", "el"))
    output = Output()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(output)
    return output


def test_demo_loads_works_in_english_arabic_and_greek_and_is_idempotent(
    small_demo, client, django_capture_on_commit_callbacks
):
    english_pages = CampaignPage.objects.filter(locale__language_code="en")
    assert english_pages.count() == 8
    assert small_demo.created == 9  # the library and eight campaigns

    english = client.get("/en/campaigns/").content.decode()
    assert "Don’t pay, report: help with sextortion" in english
    assert "8 results" in english

    arabic = client.get("/ar/campaigns/")
    html = arabic.content.decode()
    assert arabic.status_code == 200
    assert 'dir="rtl"' in html
    assert "لا تدفع، أبلِغ: مساعدة في مواجهة الابتزاز الجنسي" in html
    assert "الابتزاز الجنسي" in html  # the topic filter, in Arabic
    assert html.count("<h1") == 1

    greek = client.get("/el/campaigns/?topic=grooming&age=11-14").content.decode()
    assert "Αναγνωρίζοντας την αποπλάνηση: μάθημα για ηλικίες 11 έως 14" in greek
    assert "Διαδικτυακή αποπλάνηση ανηλίκων" in greek
    assert "Μην πληρώσεις" not in greek

    # A translated campaign page, with its lesson details and a file that downloads.
    library = CampaignLibraryPage.objects.get(locale__language_code="el")
    page = CampaignPage.objects.child_of(library).get(
        title="Αναγνωρίζοντας την αποπλάνηση: μάθημα για ηλικίες 11 έως 14"
    )
    assert page.alias_of_id is None
    assert page.slug == "anagnorizontas-tin-apoplanisi-mathima-gia-ilikies-11-eos-14"
    html = client.get(page.url).content.decode()
    assert "Οι μαθητές μπορούν να αναφέρουν τρία προειδοποιητικά σημάδια αποπλάνησης." in html
    assert "Προβολικό ή μεγάλη οθόνη" in html
    document_url = re.search(r'href="(/documents/[^"]+)"', html).group(1)
    download = client.get(document_url)
    assert download.status_code == 200
    body = b"".join(download.streaming_content)
    assert body.startswith(b"%PDF-") or body.decode("utf-8")

    # A second run changes nothing and creates nothing.
    pages = CampaignPage.objects.count()
    resources = Resource.objects.count()
    again = Output()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(again)
    assert again.created == 0
    assert "campaigns: 8 under /home/campaigns/ (0 created or changed)" in again.lines
    assert CampaignPage.objects.count() == pages
    assert Resource.objects.count() == resources
    assert Topic.objects.filter(locale__language_code="el", slug="grooming").count() == 1
