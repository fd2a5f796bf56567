"""The system Chromium for every test that drives a browser (Debian's package; Playwright's
own download does not work on these machines), and a guard that keeps a browser context
from reaching anything but this machine."""

import contextlib
import os

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]
LOCAL_PREFIXES = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")


@contextlib.contextmanager
def system_chromium():
    """A headless Chromium, closed (with Playwright's event loop) when the block ends."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"{CHROMIUM} is missing: browser tests need Debian's chromium "
            "(apt-get update && apt-get install -y chromium; .ci/run installs it)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def refuse_outside_requests(context):
    """Abort every request of `context` that would leave this machine; returns the list they
    are recorded in, so the test can fail on them (an aborted request alone fails nothing)."""
    outside = []

    def guard(route):
        url = route.request.url
        if url.startswith(LOCAL_PREFIXES):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    return outside
