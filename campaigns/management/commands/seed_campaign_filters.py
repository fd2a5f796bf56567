"""Create (or bring up to date) the campaign library's filter terms and their translations."""

from django.core.management.base import BaseCommand

from campaigns.taxonomy import TRANSLATIONS, seed_taxonomy


class Command(BaseCommand):
    help = (
        "Create or update the topics, audiences, age bands and resource types the campaign "
        "library filters by, with their translations. Safe to run repeatedly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            choices=sorted(TRANSLATIONS),
            help="Translate into this language only (repeatable). Default: all available.",
        )
        parser.add_argument(
            "--no-translations", action="store_true", help="Create the English terms only."
        )

    def handle(self, *args, languages=None, no_translations=False, **options):
        if no_translations:
            languages = []
        created, updated = seed_taxonomy(languages=languages)
        self.stdout.write(
            self.style.SUCCESS(f"Campaign filters: {created} created, {updated} already there.")
        )
