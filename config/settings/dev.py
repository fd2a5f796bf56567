"""Local development: debug on, mail to the console, a fixed throwaway secret."""

from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = True
SECRET_KEY = "development-only-secret-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
LANGUAGE_COOKIE_SECURE = False
# runserver serves static files from the finders; no collectstatic needed.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The in-memory cache is per process: fine on one development server.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
SERVE_MEDIA = True
