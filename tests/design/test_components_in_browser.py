"""Components that JavaScript improves, in a real browser: videos load nothing from the
provider until played; a form's error summary takes focus and leads to each field; the
language menu opens without JavaScript and closes with Escape."""

import pytest

from tests.chromium import refuse_outside_requests

pytestmark = [
    pytest.mark.browser,
    pytest.mark.urls("tests.design.urls"),
    pytest.mark.django_db(transaction=True),
]


@pytest.mark.outside_requests_expected
def test_video_loads_the_player_only_after_a_click(design_page, live_server):
    page = design_page
    page.goto(f"{live_server.url}/design-test/component/video/", wait_until="networkidle")
    assert page.outside_requests == []
    assert page.locator("iframe").count() == 0
    link = page.get_by_role(
        "link", name="Watch “What to do if someone shares your photo” on YouTube"
    )
    assert link.get_attribute("href") == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    link.click()
    iframe = page.locator("figure.video iframe")
    iframe.wait_for()
    assert (
        iframe.get_attribute("src")
        == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
    )
    assert iframe.get_attribute("title") == "What to do if someone shares your photo"
    page.wait_for_timeout(300)
    # The only request that would leave the machine is the privacy-enhanced player's.
    assert page.outside_requests
    assert all(
        url.startswith("https://www.youtube-nocookie.com/embed/") for url in page.outside_requests
    )
    # A plain link to the provider stays next to the player.
    assert (
        page.locator("a.video__watch").get_attribute("href").startswith("https://www.youtube.com/")
    )
    assert page.script_errors == []


def test_error_summary_takes_focus_and_leads_to_the_field(design_page, live_server):
    page = design_page
    page.goto(f"{live_server.url}/design-test/form/?name=&email=nope")
    summary = page.locator("[data-error-summary]")
    assert summary.get_attribute("role") == "alert"
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    summary.get_by_role("link").nth(1).click()  # the radio group's error
    assert page.evaluate("document.activeElement.id") == "id_mode_0"
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_name"
    assert page.locator("#id_name").get_attribute("aria-invalid") == "true"
    assert page.script_errors == []


@pytest.mark.parametrize("javascript", [True, False])
def test_language_menu_opens_without_javascript(design_browser, live_server, javascript):
    context = design_browser.new_context(java_script_enabled=javascript)
    outside = refuse_outside_requests(context)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/search/")
    switcher = page.locator("details.language-switcher")
    suomi = switcher.locator('a[hreflang="fi"]')
    assert not suomi.is_visible()
    switcher.locator("summary").click()
    assert suomi.is_visible()
    assert suomi.get_attribute("href") == "/fi/search/"
    if javascript:
        page.keyboard.press("Escape")
        assert not suomi.is_visible()
    context.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"
