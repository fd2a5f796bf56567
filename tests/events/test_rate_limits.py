"""Per-IP limits on the public forms, counted in the shared cache: a friendly 429 page, and
a made-up X-Forwarded-For header does not get round them unless the site is told how many
proxies it trusts."""

import pytest
from django.core import mail

from events.models import EventSubmission, Registration

from .conftest import section_in
from .factories import make_event
from .organisers import event_form, started

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_limits(settings):
    settings.EVENT_SUBMISSION_RATE = "2/h"
    settings.EVENT_REGISTRATION_RATE = "2/h"
    settings.EVENT_LINK_RATE = "2/h"


def submit(send, **headers):
    return send("/en/events/submit/", event_form(started=started()), **headers)


def test_submissions_over_the_limit_get_a_friendly_429(send, events_section, low_limits):
    assert submit(send).status_code == 302
    assert submit(send).status_code == 302
    response = submit(send)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many requests" in html
    assert html.count("<h1") == 1
    assert response["Retry-After"]
    assert EventSubmission.objects.count() == 2


def test_a_spoofed_forwarded_for_header_does_not_bypass_the_limit(send, events_section, low_limits):
    for number in range(2):
        submit(send, HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    response = submit(send, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(
    send, events_section, low_limits, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    # The proxy (REMOTE_ADDR 127.0.0.1) appends the address it saw; a client's own claim
    # further left is ignored.
    for _ in range(2):
        assert submit(send, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9").status_code == 302
    assert submit(send, HTTP_X_FORWARDED_FOR="5.6.7.8, 203.0.113.9").status_code == 429
    assert submit(send, HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 302


def test_registrations_are_limited_too(send, events_section, low_limits):
    make_event(section_in("en"), slug="talk", registration_mode="on-site", capacity=10)
    for number in range(3):
        response = send(
            "/en/events/talk/register/",
            {
                "name": f"P{number}",
                "email": f"p{number}@example.org",
                "consent": "on",
                "started": started(),
            },
        )
    assert response.status_code == 429
    assert Registration.objects.count() == 2


def _register(send, number, **headers):
    form = {"name": f"P{number}", "email": f"p{number}@example.org", "consent": "on"}
    return send("/en/events/talk/register/", {**form, "started": started()}, **headers)


def test_a_spoofed_forwarded_for_header_does_not_bypass_the_registration_limit(
    send, events_section, low_limits
):
    make_event(section_in("en"), slug="talk", registration_mode="on-site", capacity=10)
    for number in range(2):
        response = _register(send, number, HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
        assert response.status_code == 200
    assert _register(send, 3, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    assert Registration.objects.count() == 2


def test_a_spoofed_forwarded_for_header_does_not_bypass_the_resend_limit(
    send, events_section, low_limits
):
    submit(send)
    mail.outbox.clear()
    for number in range(3):
        response = send(
            "/en/events/submit/resend/",
            {"email": "maija@koivikko.example.org", "started": started()},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
    assert response.status_code == 429
    assert len(mail.outbox) == 2  # nobody's inbox is flooded by a changing header


def test_reading_the_form_is_not_limited(client, events_section, low_limits):
    for _ in range(5):
        assert client.get("/en/events/submit/").status_code == 200


def test_client_ip_key():
    from django.test import RequestFactory, override_settings

    from events.ratelimits import client_ip

    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 7.7.7.7, 8.8.8.8"
    )
    with override_settings(TRUSTED_PROXY_COUNT=0):
        assert client_ip("g", request) == "10.0.0.2"
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert client_ip("g", request) == "8.8.8.8"
    with override_settings(TRUSTED_PROXY_COUNT=2):
        assert client_ip("g", request) == "7.7.7.7"
    with override_settings(TRUSTED_PROXY_COUNT=5):
        assert client_ip("g", request) == "10.0.0.2"
