"""Browser fixtures for the design tests: the system Chromium through Playwright, driving
pytest-django's live_server (same process, same test database). Every request that would
leave 127.0.0.1 is blocked and recorded, so a test can assert that none was made."""

import os

import pytest

from tests.chromium import refuse_outside_requests, system_chromium


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
    with system_chromium() as browser:
        yield browser


@pytest.fixture
def design_page(design_browser, request):
    """A fresh browser context and page; `page.outside_requests` lists blocked requests. The
    test fails if there are any, unless it is marked `outside_requests_expected` (it then
    checks them itself, e.g. the video player a reader asked for)."""
    context = design_browser.new_context(viewport={"width": 360, "height": 640})
    outside = refuse_outside_requests(context)
    page = context.new_page()
    page.outside_requests = outside
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    yield page
    context.close()
    if request.node.get_closest_marker("outside_requests_expected") is None:
        assert outside == [], f"requests left 127.0.0.1: {outside}"
