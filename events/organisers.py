"""Organisers' submissions: stored once, moderated by editors, published as an EventPage in
the organiser's language; edits through the private link go back to moderation."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

from .links import new_key
from .mail import queue_email
from .models import (
    EventIndexPage,
    EventPage,
    EventStatus,
    EventSubmission,
    Language,
    OrganiserContact,
    SaferInternetDay,
    SubmissionStatus,
)

# Fields copied from a submission to its EventPage.
EVENT_FIELDS = (
    "title",
    "description",
    "start_date",
    "start_time",
    "end_date",
    "end_time",
    "time_zone",
    "attendance_mode",
    "venue_name",
    "street_address",
    "city",
    "country_id",
    "online_url",
    "organiser_name",
    "organiser_website",
    "registration_mode",
    "registration_url",
    "capacity",
)


def events_section_for(language_code):
    """The events section of `language_code`: where the organiser's event goes."""
    return EventIndexPage.objects.filter(locale__language_code=language_code).first()


def create_submission(values, audiences, language_code, nonce, links):
    """Store a new submission (once per form nonce) and send the receipt and the moderators'
    notification. Returns (submission, created)."""
    existing = EventSubmission.objects.filter(form_nonce=nonce).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            submission = EventSubmission.objects.create(
                **values,
                language_code=language_code,
                form_nonce=nonce,
                link_key=new_key(),
                status=SubmissionStatus.PENDING,
            )
            submission.audiences.set(audiences)
            send_receipt(submission, links)
            notify_moderators(submission, links, changed=False)
    except IntegrityError:
        # The same form posted twice at the same moment: the other post stored it.
        return EventSubmission.objects.get(form_nonce=nonce), False
    return submission, True


def update_submission(submission, values, audiences, links):
    """An organiser's edit: the new version waits for moderation again; a published event
    stays as it was until an editor approves the change."""
    with transaction.atomic():
        for name, value in values.items():
            setattr(submission, name, value)
        submission.status = SubmissionStatus.PENDING
        submission.save()
        submission.audiences.set(audiences)
        notify_moderators(submission, links, changed=True)
        queue_email(
            submission.contact_email,
            "submission_changed",
            {"submission": submission, "link": links.manage(submission)},
            submission.language_code,
        )


def withdraw_submission(submission, links):
    """The organiser cancels: a waiting submission leaves the queue; a published event is
    marked cancelled (registrants are told when it is published)."""
    with transaction.atomic():
        submission.status = SubmissionStatus.WITHDRAWN
        submission.save(update_fields=["status", "updated_at"])
        if submission.event_id:
            event = EventPage.objects.get(pk=submission.event_id)
            if event.status != EventStatus.CANCELLED:
                event.status = EventStatus.CANCELLED
                event.save_revision(log_action=True).publish()
        queue_email(
            submission.contact_email,
            "submission_withdrawn",
            {"submission": submission},
            submission.language_code,
        )


def send_receipt(submission, links, again=False):
    queue_email(
        submission.contact_email,
        "submission_received",
        {"submission": submission, "link": links.manage(submission), "again": again},
        submission.language_code,
    )


def resend_links(email, links):
    """E-mail the private links of every open submission of `email`, one message per
    submission. Says nothing about whether there were any (the caller shows the same page)."""
    submissions = EventSubmission.objects.filter(contact_email__iexact=email).exclude(
        status=SubmissionStatus.WITHDRAWN
    )
    count = 0
    with transaction.atomic():
        for submission in submissions:
            send_receipt(submission, links, again=True)
            count += 1
    return count


def moderator_addresses():
    User = get_user_model()
    users = User.objects.filter(is_active=True).exclude(email="")
    moderators = users.filter(
        Q(is_superuser=True)
        | Q(groups__permissions__codename="moderate_eventsubmission")
        | Q(user_permissions__codename="moderate_eventsubmission")
    )
    addresses = set(moderators.values_list("email", flat=True))
    addresses.update(settings.EVENT_MODERATOR_EMAILS)
    return sorted(addresses)


def notify_moderators(submission, links, changed):
    for address in moderator_addresses():
        queue_email(
            address,
            "moderators_new_submission",
            {"submission": submission, "review_url": links.review(submission), "changed": changed},
            settings.LANGUAGE_CODE,
        )


def _fill_event(event, submission):
    for name in EVENT_FIELDS:
        setattr(event, name, getattr(submission, name))
    event.audiences = list(submission.audiences.all())
    if not event.pk:
        event.languages = list(Language.objects.filter(code=submission.language_code))
    event.edition = SaferInternetDay.objects.filter(year=submission.start_date.year).first()


def build_event(submission):
    """An unsaved EventPage with the submission's values, in its language (for checks)."""
    section = events_section_for(submission.language_code)
    event = EventPage(locale_id=section.locale_id if section else None)
    _fill_event(event, submission)
    return event


def approve_submission(submission, user, message, links):
    """Publish the submission as an EventPage (new, or a new revision of the one approved
    before) in the organiser's language, store the private contact, tell the organiser."""
    with transaction.atomic():
        submission = EventSubmission.objects.select_for_update().get(pk=submission.pk)
        if submission.status != SubmissionStatus.PENDING:
            raise ValueError("Only a submission waiting for moderation can be approved.")
        section = events_section_for(submission.language_code)
        if section is None:
            raise ValueError(f"There is no events section in “{submission.language_code}”.")
        if submission.event_id:
            event = EventPage.objects.get(pk=submission.event_id)
            _fill_event(event, submission)
            event.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        else:
            event = EventPage(locale=section.locale)
            _fill_event(event, submission)
            base = slugify(f"{submission.title[:50]} {submission.start_date.year}", True)
            event.slug = find_available_slug(section, base[:60] or "event")
            section.add_child(instance=event)
        event.save_revision(user=user, log_action=True).publish(user=user)
        OrganiserContact.objects.update_or_create(
            event=event,
            defaults={"email": submission.contact_email, "name": submission.contact_name},
        )
        submission.event = event
        submission.status = SubmissionStatus.APPROVED
        submission.moderator_message = message
        submission.reviewed_by = user
        submission.reviewed_at = timezone.now()
        submission.save()
        queue_email(
            submission.contact_email,
            "submission_approved",
            {
                "submission": submission,
                "message": message,
                "event_url": links.event(event),
                "link": links.manage(submission),
            },
            submission.language_code,
        )
    return event


def reject_submission(submission, user, message, links):
    with transaction.atomic():
        submission = EventSubmission.objects.select_for_update().get(pk=submission.pk)
        if submission.status != SubmissionStatus.PENDING:
            raise ValueError("Only a submission waiting for moderation can be rejected.")
        submission.status = SubmissionStatus.REJECTED
        submission.moderator_message = message
        submission.reviewed_by = user
        submission.reviewed_at = timezone.now()
        submission.save()
        queue_email(
            submission.contact_email,
            "submission_rejected",
            {"submission": submission, "message": message, "link": links.manage(submission)},
            submission.language_code,
        )
    return submission
