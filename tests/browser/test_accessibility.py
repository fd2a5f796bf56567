"""WCAG 2.2 AA in a real browser: axe-core (the copy bundled with axe-playwright-python,
loaded from disk) on the public pages of the demo site, in English, Arabic and Finnish, on
a 320 px phone and a 1280 px desktop, in light and dark mode. No rule is disabled and no
region excluded. One test per language, width and colour scheme; each visits every page and
reports every violation with the page, the rule and the element, so one run shows all work
left."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.chromium import refuse_outside_requests

from .pages import public_pages, submit_event_form_with_errors

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
VIEWPORTS = {"320px": {"width": 320, "height": 720}, "1280px": {"width": 1280, "height": 900}}

axe = Axe()


def _describe(label, url, violations):
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(
                f"{label} {url}: [{violation['id']}, {violation['impact']}] "
                f"{violation['help']} at `{target}`: {node.get('failureSummary', '')!r}"
                f" in {node['html'][:200]}"
            )
    return lines


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", ["en", "ar", "fi"])
def test_public_pages_have_no_wcag_violations(
    demo_server, chromium_browser, language, viewport, scheme
):
    context = chromium_browser.new_context(
        viewport=VIEWPORTS[viewport], color_scheme=scheme, locale=language
    )
    outside = refuse_outside_requests(context)
    page = context.new_page()
    problems = []
    try:
        for label, path, status in public_pages(page, demo_server, language):
            response = page.goto(demo_server + path, wait_until="load")
            assert response.status == status, f"{label} {path} answered {response.status}"
            results = axe.run(page, options=AXE_OPTIONS)
            problems += _describe(label, path, results.response["violations"])
            if label == "standard page with a table":
                assert page.locator("main table caption").count() == 1, f"no table on {path}"
        submit_event_form_with_errors(page, demo_server, language)
        assert page.locator(".error-summary").count() == 1, "the form shows no error summary"
        results = axe.run(page, options=AXE_OPTIONS)
        problems += _describe(
            "event submission form with errors", page.url, results.response["violations"]
        )
    finally:
        context.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert not problems, f"{len(problems)} WCAG violations:\n" + "\n".join(problems)
