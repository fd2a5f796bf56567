"""Private links for organisers and registrants: signed, time-limited, and tied to a key
stored with the record, so a link stops working when the record is gone or re-keyed."""

import secrets
import time

from django.conf import settings
from django.core import signing

SUBMISSION_SALT = "events.submission-link"
REGISTRATION_SALT = "events.registration-link"
FORM_SALT = "events.form-started"


def new_key():
    return secrets.token_hex(16)


class LinkError(Exception):
    """The link is forged, damaged, expired or no longer valid."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # "invalid" or "expired"


def make_token(salt, pk, key):
    # Wagtail's page URLs allow only [\w-] between slashes: the signer's ":" separators
    # become "/", so a link is /manage/<value>/<time>/<signature>/.
    return signing.dumps([pk, key], salt=salt, compress=False).replace(":", "/")


def read_token(salt, token, max_age_days):
    """(pk, key) from a token; LinkError when it is forged or older than `max_age_days`."""
    try:
        value = signing.loads(token.replace("/", ":"), salt=salt, max_age=max_age_days * 86400)
    except signing.SignatureExpired as error:
        raise LinkError("expired") from error
    except signing.BadSignature as error:
        raise LinkError("invalid") from error
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)):
        raise LinkError("invalid")
    return value[0], str(value[1])


def submission_token(submission):
    return make_token(SUBMISSION_SALT, submission.pk, submission.link_key)


def registration_token(registration):
    return make_token(REGISTRATION_SALT, registration.pk, registration.link_key)


def link_max_age_days():
    return settings.EVENT_PRIVATE_LINK_MAX_AGE_DAYS


def form_started_token(nonce=None, now=None):
    """A hidden form value: when the form was shown, and a nonce that makes a second post
    of the same form recognisable."""
    shown = int(now if now is not None else time.time())
    return signing.dumps({"n": nonce or secrets.token_hex(16), "t": shown}, salt=FORM_SALT)


def read_form_started(token, min_seconds, max_seconds, now=None):
    """The nonce of a form token. LinkError("too-fast") when sent faster than a person
    could fill the form, ("expired") when it was left open too long, ("invalid") when
    forged or damaged."""
    try:
        value = signing.loads(token or "", salt=FORM_SALT)
    except signing.BadSignature as error:
        raise LinkError("invalid") from error
    if not (isinstance(value, dict) and isinstance(value.get("t"), int) and value.get("n")):
        raise LinkError("invalid")
    age = (now if now is not None else time.time()) - value["t"]
    if age > max_seconds:
        raise LinkError("expired")
    if age < min_seconds:
        raise LinkError("too-fast")
    return str(value["n"])[:32]


class SiteLinks:
    """Absolute addresses for e-mails: from the request where there is one (the address
    the person used), otherwise from the site's configured root URL."""

    def __init__(self, request=None):
        self.request = request

    def _absolute(self, page, suffix=""):
        if self.request is not None:
            url = page.get_url(self.request)
            if url:
                return self.request.build_absolute_uri(url + suffix)
        return (page.get_full_url() or "") + suffix

    def manage(self, submission):
        from .organisers import events_section_for

        section = events_section_for(submission.language_code)
        if section is None:
            return ""
        return self._absolute(section, f"manage/{submission_token(submission)}/")

    def registration(self, registration):
        return self._absolute(
            registration.event, f"registration/{registration_token(registration)}/"
        )

    def event(self, event):
        return self._absolute(event)

    def review(self, submission):
        from django.conf import settings
        from django.urls import reverse

        path = reverse("event_submissions:review", args=[submission.pk])
        if self.request is not None:
            return self.request.build_absolute_uri(path)
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
