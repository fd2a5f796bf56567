"""E-mail backends for tests."""

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server unreachable")


class RefusingBackend(BaseEmailBackend):
    """A mail server that refuses the recipient, quoting the address as real servers do."""

    def send_messages(self, email_messages):
        import smtplib

        raise smtplib.SMTPRecipientsRefused(
            {
                address: (550, f"5.1.1 <{address}>: Recipient address rejected".encode())
                for message in email_messages
                for address in message.to
            }
        )
