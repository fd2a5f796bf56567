"""Language prefixes, the Accept-Language redirect, the switcher, hreflang and untranslated copies."""

import re

import pytest
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fi-FI,fi;q=0.9,en;q=0.5", "/fi/"),
        ("de-AT", "/de/"),
        ("ar", "/ar/"),
        ("mt", "/mt/"),
        ("nb-NO,no;q=0.8", "/nb/"),
        ("no", "/nb/"),
        ("no-NO,en;q=0.5", "/nb/"),
        ("nn-NO,nn;q=0.9", "/nb/"),
        ("ja,zh;q=0.5", "/en/"),
        ("", "/en/"),
        ("x" * 5000, "/en/"),
        ("fi;q=abc,,,;;;=", "/en/"),
        (",".join(f"l{i};q=0.{i % 10}" for i in range(500)), "/en/"),
    ],
)
def test_root_redirects_to_best_language(client, site, header, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_language_is_served_with_its_direction(client, site):
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        html = response.content.decode()
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html, code


@pytest.mark.parametrize("path", ["/xx/", "/zz/some/page/", "/tlh/", "/xx-yy/"])
def test_unknown_language_prefix_is_a_404_page_not_a_redirect(client, site, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fi" dir="ltr">' in html
    assert html.count("<h1>") == 1
    # An error page offers each language's home page and claims no alternates.
    assert 'href="/sv/" hreflang="sv"' in html
    assert '<link rel="alternate"' not in html


def test_unknown_page_in_known_language_is_a_404(client, site):
    assert client.get("/fi/ei-ole-olemassa/").status_code == 404
    # A region we do not serve falls back to its language's 404, never a 500.
    assert client.get("/pt-xx/").status_code == 404


def _switcher_links(html):
    return {
        code: (url, translated)
        for url, code, translated in re.findall(
            r'<a href="([^"]*)" hreflang="([^"]+)" lang="[^"]+" dir="[^"]+"(?: aria-current="true")? data-translated="(true|false)"',
            html,
        )
    }


def test_language_switcher_goes_to_same_page_and_marks_real_translations(client, site):
    html = client.get("/en/").content.decode()
    links = _switcher_links(html)
    assert set(links) == {code for code, _ in settings.LANGUAGES}
    assert links["fi"] == ("/fi/", "true")
    assert links["en"] == ("/en/", "true")
    # Swedish exists only as an untranslated copy: reachable, but marked as such.
    assert links["sv"] == ("/sv/", "false")


def test_language_switcher_keeps_query_string(client, site):
    html = client.get("/en/search/?q=report&page=2").content.decode()
    links = _switcher_links(html)
    assert links["fi"][0] == "/fi/search/?q=report&amp;page=2"


def test_hreflang_alternates_list_only_real_translations(client, site):
    html = client.get("/sv/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {"en": "http://testserver/en/", "fi": "http://testserver/fi/"}


def test_untranslated_copy_has_notice_and_source_language_on_content(client, site):
    html = client.get("/sv/").content.decode()
    assert re.search(r'<main id="main" tabindex="-1" lang="en" dir="ltr">', html)
    assert "not yet available in" in html or "ännu inte tillgänglig" in html
    assert "Safer Internet Hub" in html


def test_untranslated_copy_in_rtl_locale_keeps_source_direction_on_content(client, site):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<main id="main" tabindex="-1" lang="en" dir="ltr">' in html


def test_real_translation_has_no_notice(client, site):
    html = client.get("/fi/").content.decode()
    assert "Turvallisemman internetin keskus" in html
    assert 'class="notice notice--info"' not in html
    assert '<main id="main" tabindex="-1">' in html


def test_translation_made_through_wagtail_localize_replaces_the_copy(site):
    finnish = Page.objects.get(locale__language_code="fi", depth=2)
    assert finnish.alias_of_id is None
    assert finnish.title == "Turvallisemman internetin keskus"
    swedish = Page.objects.get(locale__language_code="sv", depth=2)
    assert swedish.alias_of_id == site.pk


def test_switcher_and_alternates_follow_a_translated_slug(
    client, site, django_capture_on_commit_callbacks
):
    # A child page whose Finnish translation has its own slug: the switcher and hreflang
    # must point at the Finnish address, and untranslated copies at the English slug.
    from core.locales import sync_all_locales
    from core.localize import translate_from_strings
    from tests.core.factories import StandardPageFactory

    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=site, title="Exit this page quickly", slug="quick-exit")
        sync_all_locales()
        translate_from_strings(
            page,
            "fi",
            {"Exit this page quickly": "Poistu sivulta nopeasti", "quick-exit": "pikapoistuminen"},
        )

    html = client.get("/en/quick-exit/").content.decode()
    links = _switcher_links(html)
    assert links["fi"] == ("/fi/pikapoistuminen/", "true")
    assert links["sv"] == ("/sv/quick-exit/", "false")
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {
        "en": "http://testserver/en/quick-exit/",
        "fi": "http://testserver/fi/pikapoistuminen/",
    }
    assert client.get("/fi/pikapoistuminen/").status_code == 200
