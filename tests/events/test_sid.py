"""Safer Internet Day editions: real dates and slogans, in the reader's language, at stable
addresses, in a fixed number of queries."""

import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from events.models import NationalTheme, SaferInternetDay, SaferInternetDayIndexPage

from .conftest import REAL_EDITIONS, make_editions
from .factories import EditionFactory, NationalThemeFactory

pytestmark = pytest.mark.django_db


def main_html(response):
    body = response.content.decode()
    return body[body.index("<main") : body.index("</main>")]


def test_index_lists_every_edition_with_its_real_date_and_slogan(client, sid_section, editions):
    response = client.get("/en/safer-internet-day/")
    assert response.status_code == 200
    main = main_html(response)
    assert main.count("<h1") == 1
    for year, (day, _slogan, _provisional) in REAL_EDITIONS.items():
        assert f'href="/en/safer-internet-day/{year}/"' in main
        assert f'<time datetime="{day.isoformat()}">' in main
    assert "Be the change: unite for a better internet" in main
    assert "Create, connect and share respect: a better internet starts with you" in main
    assert main.count("Together for a better internet") == 9  # 2019–2027
    # Newest first, in English date format.
    years = [int(y) for y in re.findall(r'href="/en/safer-internet-day/(\d{4})/"', main)]
    assert years == sorted(REAL_EDITIONS, reverse=True)
    assert "February 10, 2026" in main


def test_only_the_2027_date_is_marked_provisional(client, sid_section, editions):
    main = main_html(client.get("/en/safer-internet-day/"))
    cards = re.findall(r"<article class=\"card sid-edition-card[^>]*>.*?</article>", main, re.S)
    provisional = [card for card in cards if "date not yet confirmed" in card]
    assert len(cards) == 11
    assert len(provisional) == 1 and "/2027/" in provisional[0]

    edition = client.get("/en/safer-internet-day/2027/")
    assert "Date not yet confirmed" in edition.content.decode()
    settled = client.get("/en/safer-internet-day/2026/")
    assert "Date not yet confirmed" not in settled.content.decode()


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["en", "fi"])
def test_index_queries_do_not_grow_with_the_number_of_editions(
    client, sid_section, language, django_assert_max_num_queries
):
    url = f"/{language}/safer-internet-day/"
    make_editions([2025, 2026, 2027])
    client.get(url)  # warm per-process caches (site root, menus)
    few = _count_queries(client, url)
    make_editions(REAL_EDITIONS)
    assert SaferInternetDay.objects.count() == 11
    with django_assert_max_num_queries(few):
        response = client.get(url)
    assert len(re.findall(r'class="card sid-edition-card', response.content.decode())) == 11
    assert _count_queries(client, url) == few


def test_edition_page_in_finnish_shows_the_finnish_slogan_and_date(client, sid_section, editions):
    response = client.get("/fi/safer-internet-day/2026/")
    assert response.status_code == 200
    main = main_html(response)
    assert "<h1>Turvallisemman internetin päivä 2026</h1>" in main
    assert "Yhdessä parempi internet" in main
    assert "Together for a better internet" not in main
    assert '<time datetime="2026-02-10">10. helmikuuta 2026</time>' in main
    # Breadcrumbs lead back to the section in Finnish.
    assert '<a href="/fi/safer-internet-day/">Turvallisemman internetin päivä</a>' in main
    body = response.content.decode()
    assert 'hreflang="fi" href="http://testserver/fi/safer-internet-day/2026/"' in body
    assert 'hreflang="en" href="http://testserver/en/safer-internet-day/2026/"' in body


def test_french_reader_gets_a_french_date_and_the_english_slogan_marked_english(
    client, sid_section, editions
):
    main = main_html(client.get("/fr/safer-internet-day/2026/"))
    assert "10 février 2026" in main
    # No French slogan yet: the English one is shown and marked as English.
    assert re.search(r'<p class="lead sid-edition__slogan" lang="en">\s*Together for', main) or (
        'lang="en">Together for a better internet' in main
    )


@pytest.mark.parametrize(
    "path",
    [
        "/en/safer-internet-day/1999/",
        "/en/safer-internet-day/2003/",
        "/en/safer-internet-day/0000/",
        "/en/safer-internet-day/abc/",
        "/en/safer-internet-day/20261/",
        "/en/safer-internet-day/2026/extra/",
        "/fi/safer-internet-day/-1/",
        "/en/safer-internet-day/%00/",
    ],
)
def test_years_without_an_edition_are_not_found(client, sid_section, editions, path):
    response = client.get(path)
    assert response.status_code == 404


def test_the_section_keeps_its_slug_in_every_language(client, sid_section):
    pages = SaferInternetDayIndexPage.objects.all()
    assert pages.count() == 28
    assert set(pages.values_list("slug", flat=True)) == {"safer-internet-day"}
    finnish = pages.get(locale__language_code="fi")
    assert finnish.alias_of_id is None and finnish.title == "Turvallisemman internetin päivä"
    for code in ("fi", "de", "ar", "mt"):
        assert client.get(f"/{code}/safer-internet-day/").status_code == 200


def test_next_edition_goes_by_the_stored_date(editions):
    next_edition = SaferInternetDay.objects.next_edition
    assert next_edition(date(2026, 11, 23)).year == 2027
    assert next_edition(date(2026, 2, 10)).year == 2026  # the day itself still counts
    assert next_edition(date(2026, 2, 11)).year == 2027
    assert next_edition(date(2027, 2, 10)) is None
    # The stored date wins over any rule: move 2027 and the answer follows.
    SaferInternetDay.objects.filter(year=2027).update(date=date(2027, 2, 16))
    assert next_edition(date(2027, 2, 10)).date == date(2027, 2, 16)


def test_slogan_follows_the_active_language(editions):
    from django.utils import translation

    edition = SaferInternetDay.objects.next_edition(date(2026, 11, 23))
    with translation.override("fi"):
        assert edition.slogan == "Yhdessä parempi internet"
        assert edition.slogan.lang == "fi"
    fresh = SaferInternetDay.objects.get(year=2027)
    with translation.override("pl"):
        assert fresh.slogan == "Together for a better internet"
        assert fresh.slogan.lang == "en"


def test_edition_validation_messages():
    edition = SaferInternetDay(year=2026, date=date(2025, 2, 11))
    with pytest.raises(ValidationError) as error:
        edition.full_clean()
    assert "date" in error.value.message_dict

    past = SaferInternetDay(year=2020, date=date(2020, 2, 11), is_provisional=True)
    with pytest.raises(ValidationError) as error:
        past.full_clean()
    assert "is_provisional" in error.value.message_dict

    too_early = SaferInternetDay(year=2003, date=date(2003, 2, 11))
    with pytest.raises(ValidationError) as error:
        too_early.full_clean()
    assert "year" in error.value.message_dict

    insecure = SaferInternetDay(
        year=2024, date=date(2024, 2, 6), official_url="http://example.org/sid"
    )
    with pytest.raises(ValidationError) as error:
        insecure.full_clean()
    assert "official_url" in error.value.message_dict


def test_year_is_unique(editions):
    duplicate = SaferInternetDay(year=2026, date=date(2026, 2, 10))
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "year" in error.value.message_dict


def test_national_theme_country_code_is_checked_and_normalised(editions):
    theme = NationalTheme(edition=editions[2025], country_code="uk", theme="Too good to be true?")
    theme.full_clean()
    assert theme.country_code == "GB"
    bad = NationalTheme(edition=editions[2025], country_code="XX", theme="Nowhere")
    with pytest.raises(ValidationError) as error:
        bad.full_clean()
    assert "country_code" in error.value.message_dict


def test_edition_page_lists_national_themes_with_country_names_in_the_readers_language(
    client, sid_section, editions
):
    NationalThemeFactory(edition=editions[2025])
    NationalThemeFactory(
        edition=editions[2025], country_code="FI", theme="Nettiturvaa yhdessä", language="fi"
    )
    main = main_html(client.get("/fr/safer-internet-day/2025/"))
    assert "Royaume-Uni" in main and "Finlande" in main
    assert '<td lang="en">Too good to be true?' in main
    assert '<td lang="fi">Nettiturvaa yhdessä</td>' in main
    assert main.index("Finlande") < main.index("Royaume-Uni")


def test_escaping_of_slogan_and_theme(client, sid_section):
    edition = EditionFactory(year=2024, date=date(2024, 2, 6))
    edition.global_slogan.text = "<script>alert(1)</script>"
    edition.global_slogan.save()
    NationalThemeFactory(edition=edition, theme='<img src=x onerror="alert(1)">')
    body = client.get("/en/safer-internet-day/2024/").content.decode()
    assert "<script>alert(1)" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;" in body


def test_section_is_a_single_page_with_no_children():
    assert SaferInternetDayIndexPage.subpage_types == []
    assert SaferInternetDayIndexPage.parent_page_types == ["home.HomePage"]
    assert not Page.objects.type(SaferInternetDayIndexPage).exists()
