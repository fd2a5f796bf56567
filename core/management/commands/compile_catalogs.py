"""Compile locale/<lang>/LC_MESSAGES/django.po to .mo with Babel, failing on any problem."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.catalogs import compile_catalog


class Command(BaseCommand):
    help = "Check and compile the UI string catalogs with Babel; fails on any broken catalog."

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale-dir",
            default=str(settings.LOCALE_PATHS[0]),
            help="Folder holding <lang>/LC_MESSAGES/django.po (default: the project's locale/).",
        )
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            help="Compile only this language (repeatable). Default: every enabled language.",
        )

    def handle(self, *args, locale_dir, languages, **options):
        root = Path(locale_dir)
        wanted = languages or [code for code, _name in settings.LANGUAGES]
        failures = 0
        missing = []
        compiled = 0
        for code in wanted:
            po_path = root / code / "LC_MESSAGES" / "django.po"
            if not po_path.exists():
                missing.append(code)
                continue
            report = compile_catalog(po_path, code)
            if report.ok:
                compiled += 1
                if options["verbosity"] >= 1:
                    self.stdout.write(
                        f"  {code}: {report.translated}/{report.messages} strings translated"
                    )
            else:
                failures += 1
                self.stderr.write(f"  {code}: {po_path}")
                for error in report.errors:
                    self.stderr.write(f"    {error}")
        if missing:
            failures += len(missing)
            self.stderr.write("  missing catalogs: " + ", ".join(missing))
        if failures:
            raise CommandError(
                f"{failures} catalog(s) failed; {compiled} compiled. Nothing was written "
                "for the failing ones."
            )
        self.stdout.write(self.style.SUCCESS(f"Compiled {compiled} catalogs."))
