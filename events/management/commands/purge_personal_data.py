"""Delete personal data that has outlived its purpose: registrations, organiser contacts
and old e-mails a set time after each event (PERSONAL_DATA_RETENTION_DAYS), or everything
about one person (--email) on request."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from events.privacy import erase_person, purge_expired


class Command(BaseCommand):
    help = (
        "Delete registrations, organiser contacts and sent e-mails of events that ended more "
        "than PERSONAL_DATA_RETENTION_DAYS ago; or, with --email, everything about one person."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", help="erase this person's data now (a request to erase)")
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="days after an event to keep its data (default: PERSONAL_DATA_RETENTION_DAYS)",
        )
        parser.add_argument("--dry-run", action="store_true", help="count only; delete nothing")

    def handle(self, *args, email=None, days=None, dry_run=False, verbosity=1, **options):
        def progress(message):
            if verbosity >= 1:
                self.stdout.write(f"  {message}")

        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"“{email}” is not an e-mail address.") from error
            counts = erase_person(email, progress=progress, dry_run=dry_run)
            scope = f"for {email}"
        else:
            days = settings.PERSONAL_DATA_RETENTION_DAYS if days is None else days
            if days < 0:
                raise CommandError("--days cannot be negative.")
            counts = purge_expired(days, progress=progress, dry_run=dry_run)
            scope = f"older than {days} days after the event"
        verb = "Would delete" if dry_run else "Deleted"
        parts = [
            f"{counts.get(name, 0)} {name}"
            for name in (
                "registrations",
                "organiser contacts",
                "submission contacts",
                "e-mails",
                "log entries",
            )
        ]
        self.stdout.write(self.style.SUCCESS(f"{verb} {', '.join(parts)} {scope}."))
