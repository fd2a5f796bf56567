"""Browser fixtures for the design tests: the system Chromium through Playwright, driving
pytest-django's live_server (same process, same test database). Every request that would
leave 127.0.0.1 is blocked and recorded, so a test can assert that none was made.

(A later browser suite may move these next to tests/browser/.)"""

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]


@pytest.fixture(scope="module", autouse=True)
def allow_orm_beside_playwright():
    """Playwright's sync API keeps an event loop running in this thread while a browser is
    open; Django's ORM (the test database set-up and flush included) refuses to run inside
    one unless told that this is deliberate. Set for these modules only: the variable must
    not leak into other tests or their subprocesses (`check --deploy` warns about it)."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="module")
def design_browser(allow_orm_beside_playwright):
    """The system Chromium, per test module: closing it stops Playwright's event loop, so
    tests that run later in the same process see a normal thread again."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"{CHROMIUM} is missing: browser tests need Debian's chromium "
            "(apt-get update && apt-get install -y chromium; CI installs it)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def block_outside_requests(context):
    """Abort every request of `context` that would leave this machine; returns the list they
    are recorded in, for the test to assert on."""
    outside = []

    def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    return outside


@pytest.fixture
def design_page(design_browser, request):
    """A fresh browser context and page; `page.outside_requests` lists blocked requests. The
    test fails if there are any, unless it is marked `outside_requests_expected` (it then
    checks them itself, e.g. the video player a reader asked for)."""
    context = design_browser.new_context(viewport={"width": 360, "height": 640})
    outside = block_outside_requests(context)
    page = context.new_page()
    page.outside_requests = outside
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    yield page
    context.close()
    if request.node.get_closest_marker("outside_requests_expected") is None:
        assert outside == [], f"requests left 127.0.0.1: {outside}"
