"""Injection matrix: markup and script placed in every kind of field the public pages show
(page titles, summaries, every body block including tables and videos, rich text with
javascript: links and handlers, image alt text and captions, taxonomy names, tags, site
settings, organisation fields, event fields, search queries, and every field of the public
event form, sent back with errors or approved and published) never runs and never restyles a
page. A payload that ran would set `window.__injected` or open a dialog; one the Content
Security Policy blocked would leave a console error; a stylesheet that got through would hide
the page.

The hostile content lives on its own server, on a copy of the demo database (hostile_site):
the other browser tests never see it."""

import re

import pytest

from .hostile_content import FORM_PAYLOAD, MARKER, PAYLOAD
from .test_organisers import link_for

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Everything in the document, head, header, breadcrumbs and footer included, that would run
# code or restyle the page: scripts other than the site's own files and JSON-LD, event
# handler attributes, inline styles, javascript: addresses, frames and plugins.
FIND_EXECUTABLE = """() => {
    const found = [];
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'srcset', 'poster'];
    for (const el of document.querySelectorAll('*')) {
        const tag = el.localName;
        const src = el.getAttribute('src') || '';
        if (tag === 'script' && !(el.type === 'application/ld+json' || src.startsWith('/static/'))) {
            found.push(['script', el.outerHTML]);
        }
        if (['iframe', 'object', 'embed', 'frame', 'style', 'base'].includes(tag)) {
            found.push([tag, el.outerHTML]);
        }
        for (const attr of el.attributes) {
            if (attr.name.startsWith('on')) found.push([`${attr.name} handler`, el.outerHTML]);
            if (attr.name === 'style') found.push(['inline style', el.outerHTML]);
            if (urlAttributes.includes(attr.name) && /^\\s*(javascript|vbscript|data):/i.test(attr.value)) {
                found.push([`${attr.name}=${attr.value.split(':')[0]}:`, el.outerHTML]);
            }
        }
    }
    return found.map(([what, html]) => `${what}: ${html.slice(0, 300)}`);
}"""


def assert_nothing_ran(page, where):
    assert page.evaluate("window.__injected") is None, f"a payload ran on {where}"
    assert page.watch.dialogs == [], f"a payload opened a dialog on {where}"
    assert page.watch.errors == [], f"script errors on {where}: {page.watch.errors}"
    # A blocked inline script or a broken image from unescaped markup only shows here.
    assert page.watch.console_errors == [], (
        f"console errors on {where}: {page.watch.console_errors}"
    )
    assert page.locator("body").is_visible(), f"injected CSS hid {where}"
    found = page.evaluate(FIND_EXECUTABLE)
    assert found == [], f"executable markup on {where}:\n" + "\n".join(found)


@pytest.fixture
def hostile_page(hostile_site, browser_page):
    base_url, env, paths = hostile_site
    browser_page.base_url = base_url
    return browser_page


def test_hostile_content_never_runs(hostile_site, hostile_page):
    base_url, _env, paths = hostile_site
    page = hostile_page
    shown = []
    for path in paths:
        if path.endswith("#stored-addresses"):
            continue  # test_addresses_stored_unchecked_are_not_links
        response = page.goto(base_url + path)
        assert response.status == 200, f"{path} answered {response.status}"
        assert_nothing_ran(page, path)
        if MARKER in page.locator("body").inner_text():
            shown.append(path)
    # The payloads are on the pages, as text: escaped, not silently dropped (a search for
    # markup finds nothing, and says so).
    not_shown = [
        path for path in paths if path not in shown and "<" not in path and "#" not in path
    ]
    assert not_shown == [], f"no payload shown as text on {not_shown}"


def test_hostile_blocks_and_fields_are_shown_as_text(hostile_site, hostile_page):
    """Spot checks that the content really reached the page as text, field by field, so a
    template that dropped a field would not pass the matrix above unnoticed."""
    base_url, _env, paths = hostile_site
    page = hostile_page
    article = next(path for path in paths if "hostile-article" in path)
    page.goto(base_url + article)
    main = page.locator("main")
    assert main.locator("table caption").inner_text().startswith("Hostile <script>")
    assert main.locator("table th[scope=row]").first.inner_text().startswith("Hostile <script>")
    assert main.locator("figure.block-image img").get_attribute("alt").startswith("Hostile <scr")
    assert main.locator("figure.block-image figcaption").inner_text().startswith("Hostile")
    assert "Hostile <script>" in main.locator("figure.video").inner_text()
    assert "<img src=x" in main.inner_text(), "the key figure's unit is not shown as text"
    assert "#<svg onload" in main.inner_text(), "the tag is not shown as text"
    page.goto(base_url + "/en/help/fi/")
    assert "<script>" in page.locator("main").inner_text()


def test_addresses_stored_unchecked_are_not_links(hostile_site, hostile_page):
    base_url, _env, paths = hostile_site
    for path in [path for path in paths if path.endswith("#stored-addresses")]:
        response = hostile_page.goto(base_url + path)
        assert response.status == 200
        assert_nothing_ran(hostile_page, path)


def test_hostile_event_form_input_never_runs(hostile_page):
    page = hostile_page
    page.goto(page.base_url + "/en/events/submit/")
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


def test_hostile_event_submission_is_inert_in_moderation_and_once_published(
    hostile_site, hostile_page
):
    """What an organiser may send (the form refuses tags) carried into the moderation screen
    and the published page: quotes, entities and template syntax stay text."""
    base_url, env, _paths = hostile_site
    page = hostile_page
    organiser = "hostile@school.example.org"
    page.goto(base_url + "/en/events/submit/")
    for field in page.locator("main form[method=post] input[type=text], main form textarea").all():
        if field.get_attribute("name") not in {"homepage", "city"}:
            field.fill(FORM_PAYLOAD[: int(field.get_attribute("maxlength") or 5000)])
    page.get_by_label("Town or city").fill("Tampere")
    page.get_by_label("Your e-mail address").fill(organiser)
    page.get_by_label("Start date").fill("2030-02-12")
    page.get_by_label("Start time").fill("18:00")
    page.get_by_label("End date").fill("2030-02-12")
    page.get_by_label("End time").fill("19:30")
    page.get_by_label("Country").select_option("FI")
    page.locator("#id_consent").check()
    page.wait_for_timeout(1100)  # the minimum time a person needs
    with page.expect_navigation():
        page.get_by_role("button", name="Send for moderation").click()
    assert page.locator("h1").inner_text().startswith("Thank you"), page.locator(
        "main"
    ).inner_text()

    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill("safer-internet-admin")
    page.locator("#id_password").press("Enter")
    page.wait_for_url(re.compile(r".*/admin/$"))
    page.goto(base_url + "/admin/event_submissions/?status=pending")
    page.get_by_role("link", name=FORM_PAYLOAD[:255]).click()
    # The admin has its own scripts and styles: here only the payload's traces are looked for.
    assert page.evaluate("window.__injected") is None, "a payload ran in the moderation screen"
    assert page.locator("[onmouseover], [onfocus*='__injected']").count() == 0
    assert "&lt;script&gt;" in page.locator("main").inner_text()
    page.get_by_role("button", name="Approve and publish").click()
    page.wait_for_url(re.compile(r".*/admin/event_submissions/$"))
    page.context.clear_cookies()
    assert page.watch.dialogs == [] and page.watch.errors == []

    event_path = link_for(env, organiser, "/en/events/", "published")
    page.watch.console_errors.clear()
    response = page.goto(base_url + event_path)
    assert response.status == 200
    assert page.locator("h1").inner_text() == FORM_PAYLOAD[:255]
    assert "{{ 7|add:1 }}" in page.locator("main").inner_text()
    assert_nothing_ran(page, f"the published event {event_path}")
    page.goto(base_url + "/en/events/")
    assert_nothing_ran(page, "the event listing with the published event")
