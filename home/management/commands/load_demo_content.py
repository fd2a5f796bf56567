"""Load the demo site: pages, organisations, SID editions and their translations.

Idempotent: running it again updates what it made and creates nothing twice. Each content
app contributes a `demo.load(out)` step; this command runs them in dependency order.
"""

import importlib
import time

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.locales import ensure_locales

# Order matters: later steps link to what earlier ones created (the home page first, then
# the sections under it). An app contributes by having a `demo` module with `load(out)`.
DEMO_APPS = ["core", "home", "directory", "events", "campaigns", "news"]


class DemoOutput:
    """Progress lines for the demo steps, with a running count of what was created."""

    def __init__(self, command):
        self.command = command
        self.created = 0
        self.updated = 0

    def step(self, message):
        self.command.stdout.write(f"  {message}")

    def record(self, created):
        if created:
            self.created += 1
        else:
            self.updated += 1


class Command(BaseCommand):
    help = "Load (or refresh) the demo content; safe to run repeatedly."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "The demo content is not for this site: it creates logins whose passwords "
                "are published (DEMO_CONTENT_ALLOWED is off in production settings)."
            )
        started = time.monotonic()
        out = DemoOutput(self)
        created_locales = ensure_locales()
        if created_locales:
            out.step(f"created {created_locales} locales")
        loaded = []
        for app_label in DEMO_APPS:
            if not apps.is_installed(app_label):
                continue
            try:
                demo = importlib.import_module(f"{app_label}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app_label}.demo":
                    raise
                continue
            self.stdout.write(f"{app_label}:")
            with transaction.atomic():
                demo.load(out)
            loaded.append((app_label, demo))
        # A demo may link to what later apps made (the home page's promos and menu): it
        # does so in an optional `finish(out)`, run once everything is loaded.
        for app_label, demo in loaded:
            if hasattr(demo, "finish"):
                self.stdout.write(f"{app_label} (links):")
                with transaction.atomic():
                    demo.finish(out)
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {out.created} created, {out.updated} updated "
                f"in {seconds:.1f}s."
            )
        )
