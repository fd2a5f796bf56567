"""The demo site in a real browser: main pages load in every script direction without
script errors and without a single request leaving the machine."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("path", ["/en/", "/ar/", "/fi/", "/sv/", "/en/search/?q=safer"])
def test_page_loads_cleanly(demo_server, browser_page, path):
    response = browser_page.goto(demo_server + path)
    assert response.status == 200
    assert browser_page.locator("h1").count() == 1
    assert browser_page.watch.errors == []
    assert browser_page.watch.console_errors == []


def test_right_to_left_layout_in_arabic(demo_server, browser_page):
    browser_page.goto(demo_server + "/ar/")
    assert browser_page.evaluate("document.documentElement.dir") == "rtl"
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
