"""Test runs: fast hashing, in-memory mail, plain static storage."""

import os

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LANGUAGE_COOKIE_SECURE = False
# Static files come from the finders (runserver, live_server); no collectstatic needed.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/safer-internet-hub-test-media")  # noqa: S108
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # An in-memory database per test process; each xdist worker gets its own.
    DATABASES["default"]["NAME"] = ":memory:"
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

if REDIS_URL:  # noqa: F405
    # One Redis for every xdist worker: keep their keys apart.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    CACHES["default"]["KEY_PREFIX"] = f"{CACHES['default']['KEY_PREFIX']}-{worker}"  # noqa: F405
