"""Quick exit ("Exit this page") in a real browser: the control, and Shift pressed three
times, leave at once for a neutral page and leave no way back with the Back button; typing
(capital letters included) never triggers it."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.urls("tests.design.urls"),
    pytest.mark.django_db(transaction=True),
]

PAGE = "/en/design-test/component/notice/"


@pytest.fixture
def exit_url(live_server, settings):
    url = f"{live_server.url}/design-test/neutral/"
    settings.QUICK_EXIT_URL = url
    return url


@pytest.fixture
def hub_page(design_page, live_server, exit_url):
    """The browser on a long site page, after a first neutral page in its history."""
    design_page.goto(f"{live_server.url}/design-test/neutral/?before")
    design_page.goto(live_server.url + PAGE.removeprefix("/en"))
    assert design_page.locator("h1").inner_text() == "Notice"
    design_page.history_length = design_page.evaluate("history.length")
    return design_page


def assert_left_without_trace(page, exit_url, live_server, history_length):
    page.wait_for_url(exit_url)
    assert page.title() == "Weather"
    # Our page was replaced in the history, not followed by a new entry…
    assert page.evaluate("history.length") == history_length
    # …so Back goes to the page before ours.
    page.go_back()
    assert page.url == f"{live_server.url}/design-test/neutral/?before"
    assert page.script_errors == []
    assert page.outside_requests == []


def test_exit_control_is_a_plain_link_without_javascript(client, exit_url):
    html = client.get(PAGE.removeprefix("/en")).content.decode()
    assert re.search(
        rf'<a class="quick-exit__button" href="{re.escape(exit_url)}" rel="noreferrer" data-quick-exit>Exit this page</a>',
        html,
    )


def test_clicking_exit_leaves_and_leaves_no_history_entry(hub_page, exit_url, live_server):
    hub_page.get_by_role("link", name="Exit this page").click()
    assert_left_without_trace(hub_page, exit_url, live_server, hub_page.history_length)


def test_exit_control_stays_in_view_on_a_phone_when_scrolled(hub_page):
    button = hub_page.get_by_role("link", name="Exit this page")
    hub_page.mouse.wheel(0, 4000)
    hub_page.wait_for_function("window.scrollY > 1000")
    box = button.bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= 640
    assert box["width"] >= 44 and box["height"] >= 44


def test_shift_three_times_exits(hub_page, exit_url, live_server):
    for _ in range(3):
        hub_page.keyboard.press("Shift")
    assert_left_without_trace(hub_page, exit_url, live_server, hub_page.history_length)


def test_shift_three_times_exits_while_typing_in_a_field(hub_page, exit_url, live_server):
    hub_page.locator("#site-search-q").fill("report")
    hub_page.locator("#site-search-q").focus()
    for _ in range(3):
        hub_page.keyboard.press("Shift")
    assert_left_without_trace(hub_page, exit_url, live_server, hub_page.history_length)


def test_typing_capitals_does_not_exit(hub_page, live_server):
    search = hub_page.locator("#site-search-q")
    search.click()
    # One Shift per capital, as most people type…
    for char in "Hello World ":
        hub_page.keyboard.press(f"Shift+{char}" if char.isupper() else char)
    for char in "SAFER":
        hub_page.keyboard.press(f"Shift+{char}")
    # …and Shift held down over a whole word.
    hub_page.keyboard.type(" ")
    hub_page.keyboard.down("Shift")
    hub_page.keyboard.type("HUB")
    hub_page.keyboard.up("Shift")
    hub_page.wait_for_timeout(300)
    assert search.input_value() == "Hello World SAFER HUB"
    assert hub_page.url.endswith(PAGE.removeprefix("/en"))
    assert hub_page.locator("h1").is_visible()


def test_another_key_between_shifts_starts_the_count_again(hub_page, exit_url, live_server):
    hub_page.locator("#words").focus()
    hub_page.keyboard.press("Shift")
    hub_page.keyboard.press("Shift")
    hub_page.keyboard.press("a")
    hub_page.keyboard.press("Shift")
    hub_page.wait_for_timeout(300)
    assert hub_page.url.endswith(PAGE.removeprefix("/en"))
    # The count really restarted at "a": two more Shifts make three.
    hub_page.keyboard.press("Shift")
    hub_page.keyboard.press("Shift")
    assert_left_without_trace(hub_page, exit_url, live_server, hub_page.history_length)


def test_three_shifts_spread_over_more_than_five_seconds_do_not_exit(
    design_page, live_server, exit_url
):
    design_page.clock.install()
    design_page.goto(f"{live_server.url}/design-test/neutral/?before")
    design_page.goto(live_server.url + PAGE.removeprefix("/en"))
    history_length = design_page.evaluate("history.length")
    design_page.keyboard.press("Shift")
    design_page.clock.fast_forward(3000)
    design_page.keyboard.press("Shift")
    design_page.clock.fast_forward(3000)
    design_page.keyboard.press("Shift")  # 6 s after the first: only two within five seconds
    design_page.wait_for_timeout(300)
    assert design_page.url.endswith(PAGE.removeprefix("/en"))
    # One more press now makes three within five seconds (at 3 s, 6 s and 6.1 s).
    design_page.clock.fast_forward(100)
    design_page.keyboard.press("Shift")
    assert_left_without_trace(design_page, exit_url, live_server, history_length)
