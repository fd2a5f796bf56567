"""/<lang>/help/ and /<lang>/help/<cc>/: the country picker, one country's routes in the
order a reader in trouble needs them, redirects for the codes people type, and 404s that
still show where to report."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Country, Organisation, OrganisationKind

from .factories import OrganisationFactory, PhoneFactory

pytestmark = pytest.mark.django_db


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.scripts = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self.links.append(attrs)
        if tag == "script":
            self._in_json_ld = attrs.get("type") == "application/ld+json"
            if "src" not in attrs and not self._in_json_ld:
                self.scripts.append(attrs)

    def handle_data(self, data):
        if self._in_json_ld:
            self.scripts.append({"json_ld": data})
            self._in_json_ld = False


def parse(response, *, ours_only=False):
    html = response.content.decode()
    if ours_only:
        # The page content and the help block (the site chrome is another team's).
        html = html[html.index("<main") : html.index("</aside>", html.index('class="help-block"'))]
    parser = Links()
    parser.feed(html)
    return parser


def assert_outbound_links_are_safe(response):
    for attrs in parse(response, ours_only=True).links:
        href = attrs.get("href", "")
        if href.startswith("http"):
            assert attrs.get("rel") == "noopener noreferrer", href
            assert "target" not in attrs, href
            assert href.startswith("https://"), href


def test_index_offers_every_country_in_the_readers_language(client, help_page):
    response = client.get("/en/help/")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<form class="country-picker" action="/en/help/" method="get">' in body
    options = re.findall(r'<option value="([a-z]{2})">([^<]+)</option>', body)
    names = [name for _code, name in options]
    assert ("fi", "Finland") in options and ("gb", "United Kingdom") in options
    assert names == sorted(names)
    # The overview lists each country's centres with their numbers.
    assert "Childline" in body and 'href="tel:+448001111"' in body
    assert_outbound_links_are_safe(response)

    finnish = client.get("/fi/help/").content.decode()
    assert "Mistä saa apua ja minne ilmoittaa" in finnish
    assert '<option value="fi">Suomi</option>' in finnish
    assert '<option value="gb">Iso-Britannia</option>' in finnish

    arabic = client.get("/ar/help/")
    assert arabic.status_code == 200
    assert '<option value="fi">فنلندا</option>' in arabic.content.decode()


def test_the_picker_works_without_javascript(client, help_page):
    response = client.get("/en/help/", {"country": "fi"})
    assert response.status_code == 302
    assert response["Location"] == "/en/help/fi/"
    assert client.get("/en/help/", {"country": "UK"})["Location"] == "/en/help/gb/"
    bad = client.get("/en/help/", {"country": "<script>"})
    assert bad.status_code == 200
    assert "Please choose a country from the list." in bad.content.decode()
    assert "<script>" not in bad.content.decode().split("<main", 1)[1].split("</main>")[0]


def test_country_page_puts_the_emergency_number_first_then_helpline_then_report(client, help_page):
    response = client.get("/en/help/gb/")
    assert response.status_code == 200
    body = response.content.decode()
    main = body.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<h1>United Kingdom: where to get help and report</h1>" in main
    emergency = main.index('href="tel:999"')
    helpline = main.index('href="tel:+448001111"')
    report = main.index('href="https://report.iwf.org.uk"')
    assert emergency < helpline < report
    assert 'href="tel:112"' in main  # GB has two emergency numbers
    assert "Free of charge" in main and "Confidential" in main
    assert 'data-opening-hours="24/7"' in main
    # A national hotline exists: it is the report route, INHOPE is not offered in its place.
    routes = re.findall(r'class="report-route report-route--(\w+)"', main)
    assert routes[0] == "hotline"
    assert "international" not in routes
    assert_outbound_links_are_safe(response)
    # No inline script (CSP); the JSON-LD data block is the only script element without src.
    assert [list(s) for s in parse(response).scripts] == [["json_ld"]]


def test_finnish_reader_gets_finnish_text_and_click_to_call(client, help_page):
    response = client.get("/fi/help/fi/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'href="tel:116111">116 111</a>' in body
    assert "Maksutonta ja luottamuksellista tukea lapsille ja nuorille." in body
    assert "Lapset ja nuoret" in body
    # Hours rendered for the reader; the page script marks "open now" in Helsinki time.
    assert "maanantai–perjantai: 14.00–20.00" in body
    assert 'data-time-zone="Europe/Helsinki"' in body
    # The language switcher and alternates point at Finland in each language.
    assert 'hreflang="en" href="http://testserver/en/help/fi/"' in body


def test_country_without_hotline_falls_back_to_inhope_and_the_national_authority(client, help_page):
    response = client.get("/en/help/ch/")
    assert response.status_code == 200
    main = response.content.decode().split("<main", 1)[1]
    routes = re.findall(r'class="report-route report-route--(\w+)"', main)
    assert routes == ["international", "authority"]
    assert main.index('href="https://www.inhope.org"') < main.index(
        'href="https://www.cybercrimepolice.ch"'
    )
    assert "No hotline is listed for this country yet." in main
    assert 'href="tel:147"' in main


@pytest.mark.parametrize(("typed", "canonical"), [("uk", "gb"), ("el", "gr"), ("FI", "fi")])
def test_codes_people_type_redirect_permanently(client, help_page, typed, canonical):
    response = client.get(f"/en/help/{typed}/")
    assert response.status_code == 301
    assert response["Location"] == f"/en/help/{canonical}/"
    assert client.get(f"/fi/help/{typed}/")["Location"] == f"/fi/help/{canonical}/"


@pytest.mark.parametrize("path", ["/en/help/zz/", "/en/help/123/", "/en/help/xk/", "/en/help/fin/"])
def test_unknown_countries_get_the_404_page_with_the_international_route(client, help_page, path):
    response = client.get(path)
    assert response.status_code == 404
    body = response.content.decode()
    assert "Page not found" in body
    assert 'href="https://www.inhope.org"' in body


def test_country_page_describes_organisations_as_json_ld(client, help_page, directory):
    directory["childline"].description = "Talk to us </script><script>alert(1)</script>"
    directory["childline"].save()
    response = client.get("/en/help/gb/")
    body = response.content.decode()
    assert "</script><script>alert(1)" not in body
    blocks = [s["json_ld"] for s in parse(response).scripts if "json_ld" in s]
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    organisations = {item["name"]: item for item in data["@graph"]}
    assert organisations["Childline"]["description"].startswith("Talk to us </script>")
    assert organisations["Childline"]["contactPoint"][0]["telephone"] == "+448001111"
    assert organisations["Internet Watch Foundation"]["url"] == "https://www.iwf.org.uk"


def test_help_pages_are_cacheable(client, help_page):
    for path in ("/en/help/", "/en/help/fi/"):
        response = client.get(path)
        assert "Cookie" not in response.get("Vary", "")
        assert not response.cookies


def _count_queries(client, path):
    client.get(path)  # the help block is cached once per language and country
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_data(client, help_page, django_assert_max_num_queries):
    index_before = _count_queries(client, "/en/help/")
    country_before = _count_queries(client, "/en/help/fi/")
    for n in range(12):
        organisation = OrganisationFactory(
            kind=OrganisationKind.HELPLINE if n % 2 else OrganisationKind.HOTLINE,
            country=Country.objects.get(code=["FI", "SE", "DE"][n % 3]),
        )
        PhoneFactory(organisation=organisation)
        PhoneFactory(organisation=organisation, label="Parents and carers")
    assert _count_queries(client, "/en/help/") == index_before
    assert _count_queries(client, "/en/help/fi/") == country_before
    with django_assert_max_num_queries(index_before):
        client.get("/en/help/")
    with django_assert_max_num_queries(country_before):
        client.get("/en/help/fi/")


def test_help_pages_are_in_the_pages_api(client, help_page):
    response = client.get("/api/v2/pages/", {"type": "directory.HelpIndexPage", "fields": "intro"})
    assert response.status_code == 200
    items = response.json()["items"]
    english = [item for item in items if item["meta"]["locale"] == "en"]
    assert english[0]["intro"] == "Choose your country to find helplines and hotlines."


def test_logos_do_not_cost_a_query_each(client, help_page, directory):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    def add_logo(organisation, n):
        organisation.logo = Image.objects.create(title=f"Logo {n}", file=get_test_image_file())
        organisation.save()

    add_logo(directory["mll"], 1)
    with_one = _count_queries(client, "/en/help/fi/")
    add_logo(directory["nettivihje"], 2)
    add_logo(directory["inhope"], 3)
    assert _count_queries(client, "/en/help/fi/") == with_one
    assert client.get("/en/help/fi/").content.decode().count('class="organisation__logo"') >= 3


def test_inhope_stays_the_fallback_even_before_anyone_has_entered_it(client, help_page, directory):
    directory["inhope"].delete()
    main = client.get("/en/help/ch/").content.decode().split("<main", 1)[1]
    routes = re.findall(r'class="report-route report-route--(\w+)"', main)
    assert routes == ["international", "authority"]
    assert 'href="https://www.inhope.org"' in main


def test_text_stored_without_checks_does_not_break_the_country_page(client, help_page):
    # The admin refuses "xx" as a language and javascript: as an address; values written
    # some other way must neither answer 500 nor become live links.
    Organisation.objects.filter(slug="mll").update(
        languages="fi, xx, sv", website="javascript:alert(1)", chat_url="javascript:alert(2)"
    )
    Organisation.objects.filter(slug="nettivihje").update(
        website="javascript:alert(3)", report_url="http://insecure.example.org/report"
    )
    cache.clear()
    response = client.get("/en/help/fi/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'href="javascript:' not in body
    assert "Finnish, Swedish" in body
