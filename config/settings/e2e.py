"""A production-like server for browser tests and screenshots: DEBUG off, real error
pages, static files through WhiteNoise straight from the source folders, a scratch
SQLite database given by SQLITE_PATH."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "browser-tests-only-secret-key-not-for-any-deployment-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LANGUAGE_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
SERVE_MEDIA = True
# Browser tests read the e-mails (and their private links) from files.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
# A person in a browser test fills a form in well under the production minimum.
EVENT_FORM_MIN_SECONDS = 1
# The browser suite sends the public forms many times from one address (every language,
# width and colour scheme); the production limits are tested with the Django test client.
EVENT_SUBMISSION_RATE = "1000/h"
EVENT_REGISTRATION_RATE = "1000/h"
EVENT_LINK_RATE = "1000/h"
