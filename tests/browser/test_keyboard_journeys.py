"""Keyboard-only journeys: a reader who cannot use a mouse gets through the main tasks with
Tab, Space and Enter alone, in the page's natural focus order, and always sees where the
focus is."""

import zipfile

import pytest

from .pages import submit_event_form_with_errors

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

MAX_TABS = 250


def tab_to(page, locator, what):
    """Press Tab until `locator` has the focus; fails if it is never reached (not
    focusable, hidden from the keyboard, or behind a trap)."""
    target = locator.element_handle()
    assert target is not None, f"{what} is not on the page"
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => el === document.activeElement", target):
            assert _focus_is_visible(page), f"{what} has the focus but shows no focus style"
            return
    pytest.fail(f"{what} is not reachable with Tab within {MAX_TABS} presses")


def check_filter(page, name, value):
    """Open the filter's group if it is folded (Enter on its summary), then tick it with
    Space, as a keyboard user would."""
    checkbox = page.locator(f'input[name="{name}"][value="{value}"]')
    if not checkbox.is_visible():
        summary = page.locator("details.filter-facet", has=checkbox).locator("summary")
        tab_to(page, summary, f"the {name} filter group")
        page.keyboard.press("Enter")
    tab_to(page, checkbox, f"the {value} filter")
    page.keyboard.press("Space")
    assert checkbox.is_checked()


def _focus_is_visible(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow && style.boxShadow !== 'none';
            const background = style.backgroundColor;
            return outline || shadow || background !== 'rgba(0, 0, 0, 0)';
        }"""
    )


def test_filter_the_library_open_a_campaign_and_download_its_kit_by_keyboard(
    demo_server, browser_page
):
    page = browser_page
    page.goto(demo_server + "/en/campaigns/")
    check_filter(page, "topic", "grooming")
    tab_to(page, page.get_by_role("button", name="Apply filters"), "the Apply filters button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "topic=grooming" in page.url
    first = page.locator("main a.card__link").first
    title = first.inner_text()
    tab_to(page, first, "the first result")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("link", name="Skip to main content").count() == 1
    kit = page.get_by_role("link", name="Download the whole kit")
    tab_to(page, kit, "the kit download link")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".zip")
    with zipfile.ZipFile(download.path()) as archive:
        names = archive.namelist()
        assert archive.testzip() is None, "the kit is a damaged ZIP"
        readme = archive.read("README.txt").decode("utf-8")
    assert title in readme, "the README does not say which campaign the kit is for"
    assert len(names) > 1, f"the kit holds only {names}"


def test_find_an_upcoming_online_event_and_download_its_calendar_by_keyboard(
    demo_server, browser_page
):
    page = browser_page
    page.goto(demo_server + "/en/events/")
    check_filter(page, "mode", "online")
    tab_to(page, page.get_by_role("button", name="Apply filters"), "the Apply filters button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "mode=online" in page.url
    first = page.locator("main a.card__link").first
    tab_to(page, first, "the first online event")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    calendar = page.get_by_role("link", name="Add to your calendar (.ics)")
    tab_to(page, calendar, "the calendar link")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    body = open(download.path(), encoding="utf-8").read()  # noqa: SIM115
    assert body.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in body
    assert "ONLINE" in body.upper() or "URL" in body


def test_quick_exit_by_keyboard(demo_server, browser_page):
    page = browser_page
    page.goto(demo_server + "/en/campaigns/")
    tab_to(page, page.get_by_role("link", name="Exit this page"), "the quick exit control")
    page.keyboard.press("Enter")
    page.wait_for_url("**/robots.txt")
    assert "/campaigns/" not in page.url


@pytest.mark.browser_context(locale="en-GB")
def test_submit_an_event_by_keyboard(demo_server, browser_page):
    page = browser_page
    page.goto(demo_server + "/en/events/submit/")

    def type_into(label, text):
        tab_to(page, page.get_by_label(label), f"the field “{label}”")
        page.keyboard.type(text)

    type_into("Organisation or group", "Northside Library Code Club")
    type_into("Your e-mail address", "codeclub@library.example.org")
    type_into("Name of the event", "Code club special: passwords and privacy")
    type_into("What happens", "A relaxed hour for 9 to 12 year olds about strong passwords.")
    type_into("Start date", "10022032")
    type_into("Start time", "1600")
    type_into("End date", "10022032")
    type_into("End time", "1700")
    # The attendance choice is a radio group: arrow keys move the choice within it.
    tab_to(page, page.get_by_label("in person", exact=True), "the attendance choice")
    page.keyboard.press("ArrowDown")
    assert page.get_by_label("online", exact=True).is_checked()
    type_into("Online address", "https://meet.library.example.org/code-club")
    tab_to(page, page.locator("#id_consent"), "the consent box")
    page.keyboard.press("Space")
    page.wait_for_timeout(1100)  # the minimum time a person needs (e2e settings)
    tab_to(page, page.get_by_role("button", name="Send for moderation"), "the send button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().startswith("Thank you"), page.locator(
        "main"
    ).inner_text()


BAR_OVERLAP = """() => {
    const bar = document.querySelector('.quick-exit').getBoundingClientRect().bottom;
    const half = (el) => { const r = el.getBoundingClientRect(); return r.top < bar && r.bottom > bar; };
    const summary = document.querySelector('.error-summary').getBoundingClientRect();
    return {
        focused: document.activeElement.matches('.error-summary'),
        summaryTop: summary.top, bar: bar, viewport: innerHeight,
        halfHidden: [...document.querySelectorAll('header a, header button, header summary, nav a')]
            .filter((el) => el.checkVisibility() && half(el)).map((el) => el.outerHTML.slice(0, 80)),
    };
}"""


@pytest.mark.parametrize("viewport", [(1280, 900), (320, 720)], ids=["1280px", "320px"])
def test_error_summary_takes_focus_below_the_exit_bar(demo_server, chromium_browser, viewport):
    """The summary's autofocus would centre it and leave header links half under the sticky
    exit bar; it starts in full view, and its links bring each field out from under it."""
    width, height = viewport
    context = chromium_browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        submit_event_form_with_errors(page, demo_server, "en")
        seen = page.evaluate(BAR_OVERLAP)
        assert seen["focused"], "the error summary does not have the focus"
        assert seen["bar"] <= seen["summaryTop"] < seen["viewport"], seen
        assert seen["halfHidden"] == [], seen

        link = page.locator('.error-summary a[href="#id_organiser_name"]')
        tab_to(page, link, "the summary's link to the first field")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "id_organiser_name"
        label_top = page.locator('label[for="id_organiser_name"]').bounding_box()["y"]
        assert label_top >= page.locator(".quick-exit").bounding_box()["height"], label_top
    finally:
        context.close()
