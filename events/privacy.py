"""Personal data has an end: registrations, organiser contacts and the e-mails that carried
their names and links are deleted a while after the event (PERSONAL_DATA_RETENTION_DAYS),
or at once for one person on request. Used by `purge_personal_data`."""

from collections import Counter
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .links import SiteLinks, new_key
from .mail import MAX_ATTEMPTS
from .models import (
    ACTIVE_REGISTRATION,
    EventPage,
    EventSubmission,
    OrganiserContact,
    OutboxEmail,
    Registration,
    RegistrationStatus,
)
from .registration import cancel_registration

BATCH = 200


def _forget_submissions(queryset):
    """Keep the event's record for moderators, drop who sent it; old links stop working."""
    count = 0
    for submission in queryset.only("pk"):
        EventSubmission.objects.filter(pk=submission.pk).update(
            contact_name="", contact_email="", link_key=new_key()
        )
        count += 1
    return count


def _log_entries(model, pks):
    """Wagtail's admin history of these objects: gone with them, whatever its labels say
    (entries written before labels stopped naming people still do)."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in pks],
    )


def _delete_with_history(queryset, counts, name):
    """Delete these registrations or contacts and their admin log entries."""
    model = queryset.model
    pks = list(queryset.values_list("pk", flat=True))
    counts["log entries"] += _log_entries(model, pks).delete()[0]
    counts[name] += queryset.filter(pk__in=pks).delete()[1].get(model._meta.label, 0)


def _count_with_history(queryset, counts, name):
    pks = list(queryset.values_list("pk", flat=True))
    counts[name] += len(pks)
    counts["log entries"] += _log_entries(queryset.model, pks).count()


def purge_expired(retention_days, now=None, progress=None, dry_run=False):
    """Delete the personal data of events that ended more than `retention_days` ago.
    Returns a Counter of what was (or, with dry_run, would be) deleted."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days)
    counts = Counter()
    ended = list(
        EventPage.objects.filter(end__lt=cutoff)
        .filter(
            Q(registrations__isnull=False)
            | Q(organiser_contact__isnull=False)
            | Q(submission__contact_email__gt="")
        )
        .distinct()
        .values_list("pk", flat=True)
    )
    for start in range(0, len(ended), BATCH):
        batch = ended[start : start + BATCH]
        registrations = Registration.objects.filter(event_id__in=batch)
        contacts = OrganiserContact.objects.filter(event_id__in=batch)
        submissions = EventSubmission.objects.filter(event_id__in=batch).exclude(contact_email="")
        if dry_run:
            _count_with_history(registrations, counts, "registrations")
            _count_with_history(contacts, counts, "organiser contacts")
            counts["submission contacts"] += submissions.count()
        else:
            with transaction.atomic():
                _delete_with_history(registrations, counts, "registrations")
                _delete_with_history(contacts, counts, "organiser contacts")
                counts["submission contacts"] += _forget_submissions(submissions)
        counts["events"] += len(batch)
        if progress:
            progress(f"events {min(start + BATCH, len(ended))}/{len(ended)}")
    # Submissions that never became an event (rejected, withdrawn, never moderated) once
    # their own end date has passed the same way.
    unpublished = EventSubmission.objects.filter(
        event__isnull=True, end_date__lt=cutoff.date()
    ).exclude(contact_email="")
    if dry_run:
        counts["submission contacts"] += unpublished.count()
    else:
        counts["submission contacts"] += _forget_submissions(unpublished)
    # E-mails name people and carry their private links: sent ones, and ones given up on.
    old_mail = OutboxEmail.objects.filter(created_at__lt=cutoff).filter(
        Q(sent_at__isnull=False) | Q(attempts__gte=MAX_ATTEMPTS)
    )
    if dry_run:
        counts["e-mails"] += old_mail.count()
    else:
        counts["e-mails"] += old_mail.delete()[0]
    return counts


def erase_person(email, progress=None, dry_run=False):
    """Erase everything stored about the person with this e-mail address. A place they held
    goes to the first person waiting. Returns a Counter."""
    counts = Counter()
    registrations = Registration.objects.filter(email__iexact=email)
    contacts = OrganiserContact.objects.filter(email__iexact=email)
    submissions = EventSubmission.objects.filter(contact_email__iexact=email)
    mail = OutboxEmail.objects.filter(to__iexact=email)
    if dry_run:
        _count_with_history(registrations, counts, "registrations")
        _count_with_history(contacts, counts, "organiser contacts")
        counts["submission contacts"] = submissions.count()
        counts["e-mails"] = mail.count()
        return counts
    links = SiteLinks()
    active = list(registrations.filter(ACTIVE_REGISTRATION).select_related("event"))
    for index, registration in enumerate(active, start=1):
        if registration.status == RegistrationStatus.CONFIRMED:
            cancel_registration(registration, links.registration)
        if progress:
            progress(f"registrations {index}/{len(active)}")
    with transaction.atomic():
        _delete_with_history(registrations, counts, "registrations")
        _delete_with_history(contacts, counts, "organiser contacts")
        counts["submission contacts"] = _forget_submissions(submissions)
        # Messages to others that were queued by this (promotion e-mails) stay.
        counts["e-mails"] = mail.delete()[0]
    return counts
