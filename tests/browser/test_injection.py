"""Injection matrix: markup and script placed in every kind of field the public pages show
(page titles, summaries, every body block, rich text with javascript: links and handlers,
image alt text and captions, taxonomy names, organisation fields, event fields, search
queries, and every field of the public event form) never runs and never restyles a page.
A payload that ran would set `window.__injected` or open a dialog; a stylesheet that got
through would hide the page."""

import json

import pytest

from .conftest import demo_manage
from .hostile_content import MARKER, PAYLOAD

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="session")
def hostile_paths(demo_server, demo_environment):
    result = demo_manage(
        demo_environment,
        "shell",
        "-c",
        "from tests.browser.hostile_content import load; load()",
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def assert_nothing_ran(page, where):
    assert page.evaluate("window.__injected") is None, f"a payload ran on {where}"
    assert page.watch.dialogs == [], f"a payload opened a dialog on {where}"
    assert page.watch.errors == [], f"script errors on {where}: {page.watch.errors}"
    assert page.locator("body").is_visible(), f"injected CSS hid {where}"
    assert page.locator("main script:not([type='application/ld+json'])").count() == 0, where
    assert page.locator("main [onerror], main [onload], main [onclick], main iframe").count() == 0
    assert page.locator("main a[href^='javascript:' i]").count() == 0, where
    assert page.locator("main [style]").count() == 0, f"inline style from content on {where}"


def test_hostile_content_never_runs(demo_server, hostile_paths, browser_page):
    page = browser_page
    shown = 0
    for path in hostile_paths:
        response = page.goto(demo_server + path)
        assert response.status == 200, f"{path} answered {response.status}"
        assert_nothing_ran(page, path)
        shown += MARKER in page.locator("body").inner_text()
    # The payloads are on the pages, as text: escaped, not dropped silently everywhere.
    assert shown >= 6


def test_hostile_event_form_input_never_runs(demo_server, browser_page, hostile_paths):
    page = browser_page
    page.goto(demo_server + "/en/events/submit/")
    page.evaluate("document.querySelector('main form[method=post]').noValidate = true")
    for field in page.locator("main form[method=post] input[type=text], main form textarea").all():
        if field.get_attribute("name") != "homepage":
            field.fill(PAYLOAD[:150])
    for field in page.locator("main form[method=post] input[type=url]").all():
        field.fill("javascript:window.__injected=1;alert('url')")
    page.locator("main form[method=post] input[type=email]").first.fill(
        "x@example.org<script>alert(1)</script>"
    )
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").click()
    page.watch.console_errors.clear()  # the 400 answer to a form with errors
    assert page.locator(".error-summary").is_visible()
    assert_nothing_ran(page, "the event form sent back with errors")
    # What was typed comes back in the fields as text, for the organiser to correct.
    assert PAYLOAD[:150] in page.locator("#id_title").input_value()
