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
