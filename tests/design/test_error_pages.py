"""The 404 and 500 pages: the right status, one heading, the reader's language and script
direction, a way on, and nothing about what went wrong."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from core.views import server_error


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "direction"), [("en", "ltr"), ("ar", "rtl"), ("fi", "ltr")])
def test_not_found_page_in_the_readers_language(client, site, lang, direction):
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert html.count("<h1") == 1
    assert f'href="/{lang}/"' in html  # back to this language's home page
    assert f'action="/{lang}/search/"' in html
    assert 'class="quick-exit__button"' in html
    assert 'class="skip-link" href="#main"' in html
    assert "no-such-page" not in html  # the address is not echoed back


@pytest.mark.django_db
def test_not_found_page_text(client, site):
    html = client.get("/en/no-such-page/").content.decode()
    assert "<h1>Page not found</h1>" in html
    assert "Go to the home page" in html


def test_server_error_page_needs_no_database_and_no_request(rf):
    # No django_db mark: any query here would fail the test.
    response = server_error(rf.get("/en/anything/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Something went wrong" in html
    assert 'href="/en/"' in html
    assert 'class="quick-exit__button"' in html
    assert f'href="{settings.QUICK_EXIT_URL}"' in html


def test_server_error_page_still_offers_a_place_to_report(rf):
    # No django_db mark: the route is written into the page, not read from the directory.
    html = server_error(rf.get("/en/")).content.decode()
    assert "In immediate danger, call 112." in html
    assert (
        '<a href="https://www.inhope.org/EN" rel="noopener noreferrer">Report through INHOPE</a>'
        in html
    )
    for language in ("fi", "ar"):
        with translation.override(language):
            html = server_error(rf.get(f"/{language}/")).content.decode()
        assert 'href="https://www.inhope.org/EN" rel="noopener noreferrer"' in html, language


def test_server_error_page_in_arabic_is_right_to_left(rf):
    with translation.override("ar"):
        html = server_error(rf.get("/ar/")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/"' in html


@pytest.mark.urls("tests.design.urls")
def test_server_error_page_leaks_nothing_about_the_failure(settings, caplog):
    client = Client(raise_request_exception=False)
    response = client.get("/design-test/boom/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 500
    # The failure really happened (and is logged for the operators)…
    assert any(r.exc_info and "hunter2" in str(r.exc_info[1]) for r in caplog.records)
    # …but the reader sees none of it.
    html = response.content.decode()
    assert "Something went wrong" in html
    for secret in ("hunter2", "/srv/secret", "RuntimeError", "Traceback", settings.SECRET_KEY):
        assert secret not in html
    assert not re.search(r"settings|DEBUG|sqlite|\.py\b", html, re.IGNORECASE)
