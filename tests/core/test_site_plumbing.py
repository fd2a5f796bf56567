"""Sitemap, robots.txt, the public API, site search and error pages."""

import xml.etree.ElementTree as ET

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from core.views import server_error
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_real_pages_with_hreflang_alternates(client, site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    # English source and the Finnish translation; untranslated copies are not listed.
    assert set(entries) == {"http://testserver/en/", "http://testserver/fi/"}
    for alternates in entries.values():
        assert alternates == {"en": "http://testserver/en/", "fi": "http://testserver/fi/"}


def test_sitemap_leaves_out_drafts(client, site):
    draft = HomePageFactory(parent=site, title="Draft campaign", slug="draft-campaign", live=False)
    body = client.get("/sitemap.xml").content.decode()
    assert draft.slug not in body


def test_robots_txt_points_to_sitemap_and_keeps_admin_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_api_lists_only_live_public_pages(client, site):
    HomePageFactory(parent=site, title="Unpublished plan", slug="unpublished-plan", live=False)
    response = client.get("/api/v2/pages/?limit=100&fields=title")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert "Unpublished plan" not in titles
    assert "Safer Internet Hub" in titles
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get("/api/v2/documents/").status_code == 404


def test_search_finds_pages_of_the_current_language_only(client, site):
    HomePageFactory(parent=site, title="Sextortion: what to do", slug="sextortion")
    english = client.get("/en/search/?q=sextortion").content.decode()
    assert "Sextortion: what to do" in english
    finnish = client.get("/fi/search/?q=sextortion").content.decode()
    assert "Sextortion: what to do" not in finnish
    assert "Turvallisemman" in client.get("/fi/search/?q=turvallisemman").content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"unbalanced',
        "AND OR NOT",
        "*",
        "a" * 10_000,
        " ".join(["report"] * 500),
        "<script>alert(1)</script>",
        "'; DROP TABLE wagtailcore_page; --",
        "NEAR(a b)",
        "\x00\x01",
    ],
)
def test_search_survives_junk_and_huge_queries(client, site, query):
    response = client.get("/en/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_search_caps_query_length_and_terms(site):
    from core.search import clean_query

    cleaned = clean_query(" ".join(f"word{i}" for i in range(100)))
    assert cleaned.split() == [f"word{i}" for i in range(10)]
    assert len(clean_query("x" * 10_000)) == 200


def test_search_pagination_clamps_bad_page_numbers(client, site):
    for number in ["0", "-3", "999999", "1e9", "abc"]:
        response = client.get("/en/search/", {"q": "safer", "page": number})
        assert response.status_code == 200


def test_server_error_page_needs_no_database_and_leaks_nothing(django_db_blocker):
    request = RequestFactory().get("/en/broken/")
    with django_db_blocker.block():
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert html.count("<h1>") == 1
    assert "Traceback" not in html
    assert "SECRET_KEY" not in html


def test_unknown_page_shows_the_404_template(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "<h1>" in response.content.decode()


def test_page_tree_has_one_home_per_language(site):
    from django.conf import settings

    homes = Page.objects.filter(depth=2)
    assert homes.count() == len(settings.LANGUAGES)


@pytest.mark.parametrize("path", ["/en/", "/fi/", "/sv/", "/en/search/?q=report"])
def test_public_pages_are_cacheable_and_set_no_cookies(client, site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert "accept-language" not in response.get("Vary", "").lower()


def test_public_pages_carry_a_strict_content_security_policy(client, site):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "nonce-" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    html = response.content.decode()
    assert "<script>" not in html and " style=" not in html
