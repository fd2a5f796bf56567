"""The "where to get help and report" block on every public page: the locale's default
country, emergency number first, cached per language and country, and a cacheable fragment
for the page script that remembers a reader's country."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def block(response):
    html = response.content.decode()
    start = html.index('<aside class="help-block"')
    return html[start : html.index("</aside>", start)]


def test_english_pages_show_the_united_kingdoms_routes(client, help_page):
    html = block(client.get("/en/"))
    assert html.index('href="tel:999"') < html.index('href="tel:+448001111"')
    assert "Childline" in html
    assert 'href="https://report.iwf.org.uk"' in html
    assert 'href="/en/help/gb/"' in html and 'href="/en/help/"' in html
    assert 'href="https://www.inhope.org"' in html  # for material hosted elsewhere
    assert 'rel="noopener noreferrer"' in html


def test_finnish_pages_show_finlands_routes_in_finnish(client, help_page):
    html = block(client.get("/fi/"))
    assert 'href="tel:112"' in html
    assert 'href="tel:116111">116 111</a>' in html
    assert "Lapset ja nuoret" in html
    assert 'href="https://www.nettivihje.fi"' in html
    assert 'href="/fi/help/fi/"' in html
    assert "Childline" not in html


def test_arabic_pages_offer_inhope_and_ask_for_the_country(client, help_page):
    html = block(client.get("/ar/"))
    assert 'href="https://www.inhope.org"' in html
    assert 'href="/ar/help/"' in html
    assert 'data-help-country=""' in html
    assert "Childline" not in html and "Nettivihje" not in html


def test_a_country_page_shows_its_own_country_in_the_block(client, help_page):
    html = block(client.get("/en/help/ch/"))
    assert 'href="tel:147"' in html
    # No hotline in Switzerland: INHOPE first, then the national authority.
    assert html.index('href="https://www.inhope.org"') < html.index(
        'href="https://www.cybercrimepolice.ch"'
    )


def test_the_block_is_cached_and_refreshed_when_an_organisation_changes(
    client, help_page, directory
):
    client.get("/en/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/en/")
    assert not [q for q in warm.captured_queries if "directory_" in q["sql"]]

    childline = directory["childline"]
    phone = childline.phones.get()
    phone.dial = "0800 111 1111"
    phone.display = ""
    phone.save()
    html = block(client.get("/en/"))
    assert 'href="tel:+448001111111"' in html


def test_the_fragment_is_cacheable_and_only_for_listed_countries(client, help_page):
    response = client.get("/fi/help/gb/block/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=600" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="help-block__routes"')
    assert 'href="tel:+448001111"' in html and "<html" not in html
    assert client.get("/en/help/zz/block/").status_code == 404
    assert client.get("/en/help/uk/block/")["Location"] == "/en/help/gb/block/"


def test_every_public_page_loads_the_country_script_from_our_origin(client, help_page):
    html = client.get("/en/").content.decode()
    assert '<script src="/static/js/help-country.js" defer></script>' in html
