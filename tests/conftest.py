import os

import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import make_site

FINNISH_HOME = {
    "Safer Internet Hub": "Turvallisemman internetin keskus",
    "home": "etusivu",
    "Campaigns, help and Safer Internet Day in your language.": "Kampanjat, apu ja Turvallisemman internetin päivä omalla kielelläsi.",
}


@pytest.fixture(autouse=True)
def reset_language():
    """Each test starts in the source language; a request or override that activated
    another language in an earlier test must not leak into the next one."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site(db, django_capture_on_commit_callbacks):
    """English home page with untranslated copies everywhere and a real Finnish translation."""
    with django_capture_on_commit_callbacks(execute=True):
        home = make_site(translations={"fi": FINNISH_HOME})
    return home


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With SIH_REQUIRE_POSTGRES=1 (the PostgreSQL pass in CI), a skipped `postgres` test is a
    failure: a race test that silently stops running proves nothing."""
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and os.environ.get("SIH_REQUIRE_POSTGRES") == "1"
        and item.get_closest_marker("postgres") is not None
    ):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (
            f"SIH_REQUIRE_POSTGRES=1, but this PostgreSQL test was skipped ({reason}). "
            "Set DATABASE_URL to a PostgreSQL database."
        )
