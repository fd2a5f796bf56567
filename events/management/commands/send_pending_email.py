"""Send e-mails still waiting in the outbox (after a mail server failure). Run from cron
every few minutes; safe to run in parallel (each message is locked while it is sent)."""

from django.core.management.base import BaseCommand

from events.mail import send_queued
from events.models import OutboxEmail


class Command(BaseCommand):
    help = "Send queued e-mails that are due; failures stay queued and are tried again later."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="at most this many (500)")

    def handle(self, *args, limit=500, verbosity=1, **options):
        total = sent = failed = 0
        while total < limit:
            batch_sent, batch_failed = send_queued(limit=min(100, limit - total))
            if not batch_sent and not batch_failed:
                break
            sent += batch_sent
            failed += batch_failed
            total += batch_sent + batch_failed
            if verbosity >= 1:
                self.stdout.write(f"  sent {sent}, failed {failed}")
            if batch_failed and not batch_sent:
                break  # the server is down: stop now, the failed ones wait for their retry
        waiting = OutboxEmail.objects.filter(sent_at__isnull=True).count()
        self.stdout.write(
            self.style.SUCCESS(f"Sent {sent} e-mails; {failed} failed; {waiting} still queued.")
        )
