"""Add thousands of campaigns and events to the demo site, for benchmarks.

Idempotent: counts are totals, so running it again with the same numbers adds nothing.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from home.scale_data import ScaleDataError, generate_campaigns, generate_events


class Command(BaseCommand):
    help = (
        "Grow the demo site to the given numbers of scale-sample campaigns and events "
        "(run load_demo_content first). Not for production sites."
    )

    def add_arguments(self, parser):
        parser.add_argument("--campaigns", type=int, default=2000, help="Total scale campaigns.")
        parser.add_argument("--events", type=int, default=3000, help="Total scale events.")

    def handle(self, *args, campaigns, events, **options):
        from django.conf import settings

        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Scale data is demo content: not for this site.")
        if campaigns < 0 or events < 0:
            raise CommandError("--campaigns and --events are totals and cannot be negative.")
        started = time.monotonic()

        def progress(message):
            self.stdout.write(f"  {message}")

        try:
            made_campaigns = generate_campaigns(campaigns, progress)
            made_events = generate_events(events, progress)
        except ScaleDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale data ready: {made_campaigns} campaigns and {made_events} events "
                f"created in {time.monotonic() - started:.0f}s."
            )
        )
