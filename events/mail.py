"""E-mail through an outbox: a message is stored first and sent after the transaction
commits. A failure is logged and the message stays queued, so `send_pending_email` (run
from cron) and later sends try again; nothing a person sent us is lost with it."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutboxEmail

logger = logging.getLogger(__name__)

# Waits between attempts, in minutes; the last one repeats.
RETRY_MINUTES = (1, 5, 15, 60, 240, 720)
MAX_ATTEMPTS = 20


def queue_email(to, template, context, language_code=None, send_now=True):
    """Store an e-mail rendered from events/email/<template>.txt (first line: subject) in
    the reader's language, and send it once the current transaction commits."""
    with translation.override(language_code or settings.LANGUAGE_CODE):
        text = render_to_string(f"events/email/{template}.txt", context).strip()
    subject, _, body = text.partition("\n")
    message = OutboxEmail.objects.create(
        to=to, subject=subject.strip()[:255], body=body.strip() + "\n"
    )
    if send_now:
        transaction.on_commit(lambda: send_after_commit(message.pk))
    return message


def send_after_commit(pk):
    """Send one new message, then a few older ones that are due: every request that sends
    mail also retries what failed before."""
    send_queued([pk])
    send_queued(limit=5)


def _deliver(message):
    EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
    ).send(fail_silently=False)


def error_code(error):
    """What a log may say about a failed send: the exception's type and the server's reply
    codes. Servers quote the recipient in their messages ("<anna@…>: mailbox full"), and logs
    are kept and shipped elsewhere longer than the outbox, so the text stays out."""
    codes = []
    if isinstance(getattr(error, "smtp_code", None), int):
        codes.append(error.smtp_code)
    # SMTPRecipientsRefused: {address: (code, message)}, one per refused recipient.
    recipients = getattr(error, "recipients", None)
    if isinstance(recipients, dict):
        codes += [reply[0] for reply in recipients.values() if isinstance(reply, tuple)]
    if isinstance(error, OSError) and error.errno is not None:
        codes.append(error.errno)
    name = type(error).__name__
    return f"{name} ({', '.join(str(code) for code in codes)})" if codes else name


def send_queued(ids=None, now=None, limit=200):
    """Send queued messages that are due (or the given ones). Returns (sent, failed)."""
    now = now or timezone.now()
    due = OutboxEmail.objects.filter(sent_at__isnull=True)
    if ids is None:
        due = due.filter(next_attempt_at__lte=now, attempts__lt=MAX_ATTEMPTS)
    else:
        due = due.filter(pk__in=ids)
    sent = failed = 0
    for pk in list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit]):
        with transaction.atomic():
            # skip_locked: two senders never send the same message twice (PostgreSQL).
            message = (
                OutboxEmail.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, sent_at__isnull=True)
                .first()
            )
            if message is None:
                continue
            message.attempts += 1
            try:
                _deliver(message)
            except Exception as error:  # any backend failure: keep the message, try later
                wait = RETRY_MINUTES[min(message.attempts, len(RETRY_MINUTES)) - 1]
                # The server's full reply stays on the row for editors: the row holds the
                # address anyway and is purged with it.
                message.last_error = f"{type(error).__name__}: {error}"[:500]
                message.next_attempt_at = now + timedelta(minutes=wait)
                failed += 1
                logger.warning(
                    "E-mail %s (attempt %s) could not be sent: %s; retrying in %s min",
                    message.pk,
                    message.attempts,
                    error_code(error),
                    wait,
                )
            else:
                message.sent_at = timezone.now()
                message.last_error = ""
                sent += 1
            message.save(update_fields=["attempts", "last_error", "next_attempt_at", "sent_at"])
    return sent, failed
