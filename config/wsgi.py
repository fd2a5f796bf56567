import os

from django.core.wsgi import get_wsgi_application

# A server started without a settings module gets production's, which refuses to start
# without its secrets, rather than the development settings with DEBUG on.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
