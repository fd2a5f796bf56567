"""help-country.js in a real browser: "open now" from the published hours in the
organisation's time zone, and a reader's chosen country shown in the help box everywhere."""

import mimetypes
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.chromium import system_chromium

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ORIGIN = "http://testserver"


# Every page the tests open, rendered by the test client before the browser starts (the
# browser's request handler runs in another context, where the test database is not open).
PATHS = ["/en/help/fi/", "/en/", "/en/help/fi/block/"]


@pytest.fixture
def page(help_page, client):
    """Chromium that sees only our pages and static files; nothing else is reachable."""
    responses = {}
    for path in PATHS:
        response = client.get(path)
        responses[path] = (response.status_code, dict(response.items()), response.content)
    outside = []

    def answer(route):
        url = route.request.url
        path = url[len(ORIGIN) :].split("#")[0]
        if not url.startswith(ORIGIN + "/"):
            outside.append(url)
            return route.abort()
        if path.startswith(settings.STATIC_URL):
            found = finders.find(path[len(settings.STATIC_URL) :].split("?")[0])
            if not found:
                return route.fulfill(status=404, body="")
            content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
            return route.fulfill(
                status=200, body=Path(found).read_bytes(), content_type=content_type
            )
        if path not in responses:
            outside.append(url)
            return route.fulfill(status=404, body="")
        status, headers, body = responses[path]
        return route.fulfill(status=status, headers=headers, body=body)

    with system_chromium() as browser:
        context = browser.new_context()
        context.route("**/*", answer)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.base = ORIGIN
        yield page
    assert errors == []
    assert outside == []


def _at(page, local_time):
    page.clock.set_fixed_time(local_time.astimezone(ZoneInfo("UTC")))


def test_open_now_follows_the_hours_in_the_countrys_time_zone(page, help_page):
    helsinki = ZoneInfo("Europe/Helsinki")
    status = ".help-country .opening-hours__status"
    _at(page, datetime(2026, 11, 23, 15, 0, tzinfo=helsinki))  # Monday afternoon
    page.goto(page.base + "/en/help/fi/")
    assert page.locator(status).first.inner_text() == "Open now"

    _at(page, datetime(2026, 11, 23, 21, 0, tzinfo=helsinki))  # Monday, after 20:00
    page.goto(page.base + "/en/help/fi/")
    assert page.locator(status).first.inner_text() == "Closed now"


def test_a_reader_can_keep_their_country_in_the_help_box(page, help_page):
    page.goto(page.base + "/en/help/fi/")
    page.get_by_role("button", name="Show this country in the help box on every page").click()
    page.get_by_role("status").wait_for()

    page.goto(page.base + "/en/")
    box = page.locator("[data-help-block]")
    box.locator('[data-help-country="fi"]').wait_for()
    assert box.locator('a[href="tel:116111"]').count() == 1
    assert box.locator('a[href="https://www.nettivihje.fi"]').count() == 1
    assert "Childline" not in box.inner_text()
