"""Import Safer Internet Day events from a CSV file (column format: events/importer.py and
events/sample_events.csv). Every row is checked first; nothing is imported if any row is
wrong, unless --skip-invalid. Re-importing updates events with the same external_id."""

import time

from django.core.management.base import BaseCommand, CommandError

from events.importer import (
    MAX_FILE_BYTES,
    ImportFileError,
    check_file,
    import_context,
    import_records,
)


class Command(BaseCommand):
    help = (
        "Import events from a UTF-8 CSV file. Rows are matched by external_id, so running it "
        "again updates instead of duplicating. Columns are documented in events/importer.py; "
        "events/sample_events.csv is an example."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", help="path of the CSV file (UTF-8)")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid rows and report the others, instead of importing nothing",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file only; import nothing"
        )
        parser.add_argument(
            "--max-size",
            type=int,
            default=MAX_FILE_BYTES // (1024 * 1024),
            help="largest file accepted, in MB (default %(default)s)",
        )

    def handle(self, *args, csv_file, skip_invalid, dry_run, max_size, **options):
        started = time.monotonic()
        self.stdout.write(f"Checking {csv_file} …")
        context = import_context()
        try:
            checked = check_file(
                csv_file,
                max_bytes=max_size * 1024 * 1024,
                progress=lambda line: self.stdout.write(f"  {line}"),
                context=context,
            )
        except ImportFileError as error:
            raise CommandError(f"{csv_file}: {error} Nothing was imported.") from error

        for error in checked.errors:
            self.stderr.write(f"  {error}")
        invalid_rows = len({error.row for error in checked.errors})
        if checked.errors and not skip_invalid:
            raise CommandError(
                f"{invalid_rows} of {checked.row_count} rows have errors (listed above). "
                "Nothing was imported. Fix them, or run again with --skip-invalid to import "
                "the valid rows only."
            )
        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Checked {checked.row_count} rows: {len(checked.records)} valid, "
                    f"{invalid_rows} with errors. Nothing imported (--dry-run)."
                )
            )
            return
        self.stdout.write(f"Importing {len(checked.records)} events …")
        counts = import_records(
            checked.records, context, progress=lambda line: self.stdout.write(f"  {line}")
        )
        skipped = f", {invalid_rows} invalid rows skipped" if invalid_rows else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(checked.records)} events: {counts['created']} created, "
                f"{counts['updated']} updated, {counts['unchanged']} unchanged{skipped} "
                f"in {time.monotonic() - started:.1f}s."
            )
        )
